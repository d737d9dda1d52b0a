// RUN: --allow-unregistered-dialect
foo.bar
