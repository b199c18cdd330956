"""The Label Studio adapter: pulling tasks with their locks and media, sending results exactly once."""
