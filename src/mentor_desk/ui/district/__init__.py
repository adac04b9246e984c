"""The district officer's screens: pieces of the district dashboard."""
