using Wuzhong.Api;
using Wuzhong.Api.Cli;
using Wuzhong.Infrastructure;

var builder = WebApplication.CreateBuilder(CommandLine.ConfigurationArgs(args));
builder.AddInfrastructure();
builder.AddGraphQLApi();
var app = builder.Build();

if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app, args);
}

if (!await app.InitializeDatabaseAsync())
{
    return 1;
}
app.MapWuzhong();
await app.RunAsync();
return 0;

/// <summary>Visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
