"""What each sentence is and who says it: kinds, speakers, sources, quotations."""
