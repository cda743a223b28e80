using Wuzhong.Api;
using Wuzhong.Api.Cli;
using Wuzhong.Infrastructure;

// The content root is the app's own folder (appsettings.json is there), wherever it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = CommandLine.ConfigurationArgs(args),
    ContentRootPath = AppContext.BaseDirectory,
});
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
