// Generates Swift op definitions from Specs/.
