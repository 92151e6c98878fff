# What `cmake --install` puts under the prefix: the kiosk and kiosk-pack, the
# built-in pack and the default sounds, which both find from their own path
# (PREFIX/share/kiosk, see kiosk/core/system/data_dir.hpp). The Debian package
# (debian/, built with dpkg-buildpackage) adds the systemd units, the PAM
# stack, the configuration, the user and the USB mounting around this.
install(TARGETS kiosk kiosk-pack RUNTIME DESTINATION bin)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/content/default/ DESTINATION share/kiosk/content/default)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/sounds/ DESTINATION share/kiosk/assets/sounds)
install(FILES ${CMAKE_SOURCE_DIR}/platform/deploy/README.md DESTINATION share/doc/kiosk
        RENAME deploy.md)
# The licence and the third-party notices travel with the binaries (the Debian
# package keeps the notices and drops LICENSE, whose text is in its copyright file).
install(FILES ${CMAKE_SOURCE_DIR}/LICENSE ${CMAKE_SOURCE_DIR}/THIRD_PARTY_NOTICES.md
        DESTINATION share/doc/kiosk)
