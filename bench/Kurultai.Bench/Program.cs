Console.WriteLine("kurultai bench: no benchmarks yet");
