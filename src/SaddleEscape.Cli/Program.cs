return SaddleEscape.Cli.SaddleCommandLine.RunProcess(args);
