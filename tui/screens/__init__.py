"""Full-screen views of the reader (Textual screens)."""
