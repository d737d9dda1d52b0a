// RUN: --allow-unregistered-dialect
// The wrong token is on line 4; the error is reported at the end of the last
// token before it (skipping blank lines and comments).
"foo.x"() :    // a comment
   }
