"""Operations both faces (the window and the command line) use. Never Qt."""
