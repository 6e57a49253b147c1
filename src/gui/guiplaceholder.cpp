// The widgets library starts empty; the main window issue fills it in.
