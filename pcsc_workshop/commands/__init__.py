"""One module per `pcsc-workshop` sub-command; each has `register(subparsers)`."""
