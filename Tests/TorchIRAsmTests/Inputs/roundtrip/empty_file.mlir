// A file with only comments produces an empty implicit module.
