"""Stage 2: reading text — dates, names and the mentions of people."""
