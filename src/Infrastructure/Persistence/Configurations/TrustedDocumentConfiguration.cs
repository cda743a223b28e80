using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Wuzhong.Infrastructure.Documents;

namespace Wuzhong.Infrastructure.Persistence.Configurations;

public sealed class TrustedDocumentConfiguration : IEntityTypeConfiguration<TrustedDocument>
{
    public void Configure(EntityTypeBuilder<TrustedDocument> builder)
    {
        builder.HasKey(d => d.Hash);
        builder.Property(d => d.Hash).HasMaxLength(64);
        builder.Property(d => d.Body).HasMaxLength(100_000).IsRequired();
        builder.Property(d => d.Name).HasMaxLength(256).IsRequired();
    }
}
