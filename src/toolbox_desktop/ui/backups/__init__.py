"""File → Restore from a backup, and the automatic daily backups while the window is open."""
