using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Fandom.Benchmarks.RenderBenchmarks).Assembly).Run(args);
