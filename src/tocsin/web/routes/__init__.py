"""The app's routes: ``health`` (open), ``session`` (sign-in), ``api`` and ``pages`` (signed in)."""
