using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;
using Wuzhong.Infrastructure.Persistence;

namespace Wuzhong.Api.Auth;

/// <summary>
/// The key tokens are signed and checked with: <c>Auth:SigningKey</c>, or else a random development key kept in
/// the data folder (jwt-signing.key), so that tokens issued by the command line stay valid across restarts.
/// </summary>
public static class SigningKey
{
    public const string DevelopmentKeyFile = "jwt-signing.key";
    private const int MinimumLength = 32;

    public static SymmetricSecurityKey Resolve(IConfiguration configuration, IHostEnvironment environment, ILogger logger)
    {
        var options = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        if (!string.IsNullOrEmpty(options.SigningKey))
        {
            if (options.SigningKey.Length < MinimumLength)
            {
                throw new InvalidOperationException($"Auth:SigningKey must be at least {MinimumLength} characters long.");
            }
            return new SymmetricSecurityKey(Encoding.UTF8.GetBytes(options.SigningKey));
        }

        var path = Path.Combine(DataFolder.Resolve(configuration, environment), DevelopmentKeyFile);
        if (!File.Exists(path))
        {
            File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)));
        }
        logger.LogWarning("Auth:SigningKey is not configured: tokens are signed with the development key in {Path}. Configure a key in production.", path);
        return new SymmetricSecurityKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
    }
}
