"""Personal watchlists: a member follows shows for themselves and gets each new story by direct message."""
