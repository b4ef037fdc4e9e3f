"""Stage 4: input and output — JSON both ways, the JSON Schema, the command line, saved web pages."""
