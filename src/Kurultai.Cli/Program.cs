using Kurultai.Cli;

return KurultaiCli.Run(args);
