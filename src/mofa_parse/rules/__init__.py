"""The vocabularies as data: countries, demonyms, reporting verbs."""
