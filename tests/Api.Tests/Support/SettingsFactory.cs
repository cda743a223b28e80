namespace Wuzhong.Api.Tests.Support;

/// <summary>The API on SQLite with some settings of its own (limits, switches).</summary>
public class SettingsFactory(IReadOnlyDictionary<string, string> settings) : WuzhongApiFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = settings;
}
