"""Training and evaluation of the text models (numpy only: users retrain with the base install)."""
