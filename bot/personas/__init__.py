"""Personas drafted from the JE answers (issue 18, item 6): grouping, model, verification."""
