"""Court-ready output: the exhibit bundle, the chain-of-custody PDF, the bundle verifier."""
