"""The district's lesson review: the inbox list, the lesson read in full, the decision."""
