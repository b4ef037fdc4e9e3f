"""Stage 3: meaning — the meeting (who, when, where, how long), people, and speech (who said what)."""
