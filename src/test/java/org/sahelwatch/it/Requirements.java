package org.sahelwatch.it;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests that need a tool from outside Maven (Node packages, Debian packages, a schema registry):
 * on a developer's machine without it they are skipped with the command that installs it; under
 * CI ({@code CI=true}, where .ci/run installs everything) a missing tool fails the test instead.
 */
final class Requirements {

    private Requirements() {
    }

    static void require(boolean present, String whatToDo) {
        if (present) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("missing under CI: " + whatToDo);
        }
        assumeTrue(false, whatToDo);
    }
}
