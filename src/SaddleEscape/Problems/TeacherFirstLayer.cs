namespace SaddleEscape.Problems;

/// <summary>The teacher's orthogonal first layer B*.</summary>
public enum TeacherFirstLayer
{
    /// <summary>A random orthogonal matrix.</summary>
    Random,

    /// <summary>The identity (Ge, Lee &amp; Ma 2018's experiments).</summary>
    Identity,
}
