using Wuzhong.Infrastructure.Import;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Wuzhong.Api.Auth;
using Wuzhong.Domain.Access;
using Wuzhong.Infrastructure.Persistence;
using Wuzhong.Infrastructure.Reporting;

namespace Wuzhong.Api.Cli;

/// <summary><c>issue-token --role reporter --department 资规分局 --days 30</c>: prints a bearer token for local use.</summary>
public sealed class IssueTokenCommand : ICommand
{
    public string Name => "issue-token";
    public string Usage => "issue-token --role <role> [--department <name>]... [--issuer <government>] [--days <n>] [--name <subject>]";
    public string Description => "print a bearer token (roles: viewer, reporter, supervisor, admin)";

    public async Task<int> RunAsync(IServiceProvider services, string[] arguments, CancellationToken cancellationToken)
    {
        var options = CommandOptions.Parse(arguments, Usage);
        var role = options.Single("role") ?? throw new CommandException($"--role is required; usage: {Usage}", 2);
        if (!Role.All.Contains(role))
        {
            throw new CommandException($"unknown role \"{role}\"; use one of {string.Join(", ", Role.All)}", 2);
        }
        var departments = options.All("department");
        var issuer = options.Single("issuer");
        if (role == Role.Reporter && departments.Count == 0)
        {
            throw new CommandException("a reporter reports for one or more departments: give --department <name>", 2);
        }
        if (departments.Count > 0)
        {
            var db = services.GetRequiredService<WuzhongDbContext>();
            await services.GetRequiredService<DatabaseInitializer>().MigrateAsync(cancellationToken);
            var government = issuer ?? ReferenceData.DefaultIssuer;
            var known = await db.Departments.Where(d => departments.Contains(d.Name) && d.Issuer!.Name == government).Select(d => d.Name).ToListAsync(cancellationToken);
            foreach (var unknown in departments.Except(known))
            {
                throw new CommandException($"{government} has no department \"{unknown}\" (use its canonical name, e.g. 资规分局, and --issuer for another government)");
            }
        }
        var days = options.Single("days") is { } text
            ? (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is > 0 and <= 366 ? d
                : throw new CommandException("--days is a whole number of days, 1–366", 2))
            : 30;
        var subject = options.Single("name") ?? $"{role}:{string.Join('+', departments)}".TrimEnd(':');
        await Console.Out.WriteLineAsync(services.GetRequiredService<TokenIssuer>().Issue(subject, role, departments, TimeSpan.FromDays(days), issuer));
        return 0;
    }
}
