"""The newspaper page corpus: made stories typeset as PDF pages and read back by real PDF
text extractors, with the truth of every page (``make pages``; see README "Page corpus")."""
