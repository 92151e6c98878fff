# Install rules and the Debian package (`cpack` in a build folder writes
# kiosk_<version>_<arch>.deb): the kiosk and kiosk-pack, the default pack, the
# systemd unit that runs the kiosk under cage, its PAM stack and an example
# configuration. Installed with CMAKE_INSTALL_PREFIX=/usr, the kiosk finds its
# built-in pack and sounds at ../share/kiosk from its binary.
set(KIOSK_DEPLOY_DIR ${CMAKE_SOURCE_DIR}/platform/deploy)

install(TARGETS kiosk kiosk-pack RUNTIME DESTINATION bin)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/content/default/ DESTINATION share/kiosk/content/default)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/assets/sounds/ DESTINATION share/kiosk/assets/sounds)
install(FILES ${KIOSK_DEPLOY_DIR}/kiosk.service DESTINATION lib/systemd/system)
install(FILES ${KIOSK_DEPLOY_DIR}/README.md DESTINATION share/doc/kiosk RENAME deploy.md)
install(FILES ${KIOSK_DEPLOY_DIR}/pam.d-kiosk DESTINATION /etc/pam.d RENAME kiosk)
set(KIOSK_CONFFILES "/etc/pam.d/kiosk\n")
if(EXISTS ${CMAKE_SOURCE_DIR}/platform/kiosk.example.json)
  install(FILES ${CMAKE_SOURCE_DIR}/platform/kiosk.example.json DESTINATION /etc/kiosk
          RENAME kiosk.json.example)
  string(APPEND KIOSK_CONFFILES "/etc/kiosk/kiosk.json.example\n")
endif()
file(WRITE ${CMAKE_BINARY_DIR}/deb-control/conffiles "${KIOSK_CONFFILES}")
foreach(script postinst prerm postrm)
  file(COPY ${KIOSK_DEPLOY_DIR}/${script} DESTINATION ${CMAKE_BINARY_DIR}/deb-control
       FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
                        WORLD_READ WORLD_EXECUTE)
endforeach()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kiosk)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Touch-screen kiosk of the Tokyo special wards' nationwide partnership project")
set(CPACK_PACKAGE_CONTACT "Kiosk maintainers <kiosk@localhost>")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time
# without being linked (Mesa's drivers, the typeface) is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libgl1-mesa-dri, fonts-noto-cjk, adduser")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "cage, xwayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${CMAKE_BINARY_DIR}/deb-control/conffiles;${CMAKE_BINARY_DIR}/deb-control/postinst;${CMAKE_BINARY_DIR}/deb-control/prerm;${CMAKE_BINARY_DIR}/deb-control/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
