#include <catch2/catch.hpp>

#include "gl_rungs.hpp"

using namespace kiosk::platform;

TEST_CASE("the context ladder asks for 3.3, then 3.1, then 3.0, through GLX then EGL",
          "[platform][gl]") {
    const std::vector<GlAttempt> attempts = contextAttempts(GlContextChoice::Auto);
    REQUIRE(attempts.size() == 6);
    const int expected[][2] = {{3, 3}, {3, 1}, {3, 0}};
    for (size_t i = 0; i < attempts.size(); ++i) {
        CHECK(attempts[i].api == (i < 3 ? GlApi::Native : GlApi::Egl));
        CHECK(attempts[i].rung.major == expected[i % 3][0]);
        CHECK(attempts[i].rung.minor == expected[i % 3][1]);
    }
}

TEST_CASE("one API only climbs down its own ladder", "[platform][gl]") {
    for (GlContextChoice choice : {GlContextChoice::Native, GlContextChoice::Egl}) {
        const std::vector<GlAttempt> attempts = contextAttempts(choice);
        REQUIRE(attempts.size() == 3);
        for (const GlAttempt& attempt : attempts)
            CHECK(attempt.api == (choice == GlContextChoice::Egl ? GlApi::Egl : GlApi::Native));
        CHECK(attempts.back().rung.minor == 0);
    }
}

TEST_CASE("the option --gl-context takes auto, glx and egl only", "[platform][gl]") {
    GlContextChoice choice = GlContextChoice::Auto;
    CHECK(parseGlContextChoice("egl", choice));
    CHECK(choice == GlContextChoice::Egl);
    CHECK(parseGlContextChoice("glx", choice));
    CHECK(choice == GlContextChoice::Native);
    CHECK(parseGlContextChoice("auto", choice));
    CHECK(choice == GlContextChoice::Auto);
    CHECK_FALSE(parseGlContextChoice("gles", choice));
    CHECK_FALSE(parseGlContextChoice("", choice));
    CHECK(choice == GlContextChoice::Auto);  // a refused value changes nothing
}

TEST_CASE("shaders are written for the GLSL of the context the ladder got", "[platform][gl]") {
    CHECK(glslDirectiveFor(4, 6) == "#version 330 core");
    CHECK(glslDirectiveFor(3, 3) == "#version 330 core");
    CHECK(glslDirectiveFor(3, 2) == "#version 150");
    CHECK(glslDirectiveFor(3, 1) == "#version 140");
    CHECK(glslDirectiveFor(3, 0) == "#version 130");
    CHECK(glslDirectiveFor(2, 1).empty());
    CHECK_FALSE(glVersionIsEnough(2, 1));
    CHECK(glVersionIsEnough(3, 0));
    CHECK(glVersionIsEnough(4, 0));
}

TEST_CASE("the log names the version and the API", "[platform][gl]") {
    CHECK(describeAttempt({GlApi::Egl, {3, 1}}) == "OpenGL 3.1 through EGL");
    CHECK(describeAttempt({GlApi::Native, {3, 0}}).rfind("OpenGL 3.0 through ", 0) == 0);
}
