using SaddleEscape.Torch.Data;

namespace SaddleEscape.Tests.Torch;

/// <summary>A fact that needs Debian's Fashion-MNIST (<c>apt-get install dataset-fashion-mnist</c>, which <c>.ci/run</c> does); skipped, saying so, where it is absent.</summary>
public sealed class FashionMnistFactAttribute : FactAttribute
{
    public FashionMnistFactAttribute()
    {
        if (!FashionMnist.IsAvailable())
        {
            Skip = $"Fashion-MNIST is not installed under {FashionMnist.DefaultDirectory} (apt-get install dataset-fashion-mnist)";
        }
    }
}
