return SaddleEscape.Cli.SaddleCommandLine.Run(args);
