// saddle-torch: the saddle command line with the network experiments (TorchSharp) added to its registry.
return SaddleEscape.Cli.SaddleCommandLine.RunProcess(args, SaddleEscape.Experiments.Torch.NetworkExperiments.Registry);
