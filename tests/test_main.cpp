#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

// ctest runs each test case by its name. A name that matches no test case
// (catch_discover_tests splits a name at ';') must fail, not pass having run
// nothing: Catch is told to treat "no tests ran" as a failure.
int main(int argc, char* argv[]) {
    Catch::Session session;
    if (const int rc = session.applyCommandLine(argc, argv); rc != 0) return rc;
    auto& config = session.configData();
    config.warnings =
        static_cast<Catch::WarnAbout::What>(config.warnings | Catch::WarnAbout::NoTests);
    return session.run();
}
