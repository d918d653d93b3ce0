using AutoMeet.Cli;

// Usage: dotnet run --project samples/AutoMeet.Cli -- slots < input.json > slots.json
return CliApp.Run(args, Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
