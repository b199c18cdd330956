"""Read models: what the desktop shows, assembled from the store in one place (the workbench)."""
