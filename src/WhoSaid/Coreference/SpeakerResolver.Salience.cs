using System.Collections.Immutable;
using WhoSaid.Attribution;
using WhoSaid.Text;
using WhoSaid.Tokens;

namespace WhoSaid.Coreference;

public sealed partial class SpeakerResolver
{
    /// <summary>Pronoun resolution by salience: the people named in the last few sentences, weighted by how recently and
    /// in which role (subject, object, after a preposition, possessive) they were named, as in Lappin and Leass (1994).</summary>
    private sealed partial class ResolutionState
    {
        private enum Role
        {
            Other,
            Subject,
            Object,
            Oblique,
            Possessive,
        }

        private const int Window = 3; // sentences looked back, besides the pronoun's own

        private const double FrequencyWeight = 25; // per earlier mention (at most 5) of a person: the article's topic

        private const double UnknownPenalty = 30; // a person of unknown gender, against one whose gender is the pronoun's

        private readonly int[] _sentenceOf;

        private readonly bool[] _quotedTokens; // the tokens between quotation marks

        /// <summary>Whether text position <paramref name="position"/> lies between quotation marks.</summary>
        private bool InQuotation(int position) => _quotedTokens[TokenAt(position)];

        private bool HasTags => _doc.Tags.Length == Tokens.Length;

        private string? Upos(int t) => HasTags && t >= 0 && t < Tokens.Length ? _doc.Tags[t].Upos : null;

        private static int[] SentenceIndexes(ImmutableArray<Token> tokens)
        {
            var result = new int[tokens.Length];
            var s = 0;
            for (var t = 0; t < tokens.Length; t++)
            {
                if (t > 0 && tokens[t].Has(TokenFlags.SentenceStart))
                {
                    s++;
                }

                result[t] = s;
            }

            return result;
        }

        private static bool IsPluralPronoun(ReadOnlySpan<char> w)
            => w.Equals("them", StringComparison.OrdinalIgnoreCase) || w.Equals("their", StringComparison.OrdinalIgnoreCase)
                || w.Equals("theirs", StringComparison.OrdinalIgnoreCase) || w.Equals("themselves", StringComparison.OrdinalIgnoreCase);

        /// <summary>Whether the recogniser tagged every token of [first, end) as a place or an organisation ("San
        /// Francisco Bay", whose "Francisco" is a first name).</summary>
        private bool IsPlaceOrOrganization(int first, int end)
        {
            if (!HasTags || first >= end)
            {
                return false;
            }

            for (var t = first; t < end; t++)
            {
                if (_doc.Tags[t].Entity is not { Length: > 2 } e || !(e.EndsWith("LOC", StringComparison.Ordinal) || e.EndsWith("ORG", StringComparison.Ordinal)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>People the first scan misses: names the recogniser tags as persons ("Dehner", "Kelsey") and one-word
        /// mentions of a person already named in full ("Williams" after "Mary Williams").</summary>
        private void ScanMorePersonNames()
        {
            var covered = new bool[Tokens.Length];
            foreach (var (position, _, end) in _personMentions)
            {
                for (var t = TokenAt(position); t < end && t < Tokens.Length; t++)
                {
                    covered[t] = true;
                }
            }

            // each word of a full name, to the one person it belongs to (-1 when several share it)
            var byWord = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < _entities.Count; i++)
            {
                if (_entities[i].Type == EntityType.Person && _entities[i].NameTokens.Count >= 2)
                {
                    foreach (var part in _entities[i].NameTokens)
                    {
                        byWord[part] = byWord.TryGetValue(part, out var other) && other != i ? -1 : i;
                    }
                }
            }

            var tags = _doc.Tags;
            var t2 = 0;
            while (t2 < Tokens.Length)
            {
                var t = t2++;
                if (covered[t] || !IsNamePart(t))
                {
                    continue;
                }

                var end = t + 1;
                if (HasTags && tags[t].Entity is "B-PER" or "I-PER")
                {
                    while (end < Tokens.Length && tags[end].Entity is "I-PER" && !covered[end] && (IsNamePart(end) || IsNameParticle(end)))
                    {
                        end++;
                    }
                }

                // (a name the recogniser missed or read as a place, followed by an age, which places do not have: "identified as
                // |Sudesh Amman|, 20, was …")
                var aged = false;
                if (HasTags && tags[t].Entity is "O" or "B-LOC" && Upos(t) is "PROPN")
                {
                    var e = t + 1;
                    while (e < Tokens.Length && e - t < 4 && !covered[e] && IsNamePart(e) && Upos(e) is "PROPN" && tags[e].Entity is "O" or "I-LOC")
                    {
                        e++;
                    }

                    if (e - t >= 2 && IsAgeApposition(e))
                    {
                        (end, aged) = (e, true);
                    }
                }

                t2 = end;
                var id = -1;
                if (end - t == 1 && byWord.TryGetValue(W(t).ToString(), out var known) && !IsCap(t + 1))
                {
                    id = known;
                }
                else if ((aged || HasTags && tags[t].Entity is "B-PER" or "I-PER") && end - t <= 4 && W(t).Length > 1 && !NamesAThing(t, end))
                {
                    id = FindOrAddPerson(TextSpan.FromBounds(Tokens[t].Start, Tokens[end - 1].End), null);
                }

                if (id >= 0)
                {
                    AddPersonMention(id, Tokens[t].Start, end, named: true);
                }
            }
        }

        /// <summary>Whether ", 20," (an age between commas) follows token <paramref name="end"/>, as news writes it after a
        /// person's name.</summary>
        private bool IsAgeApposition(int end) =>
            end + 2 < Tokens.Length && W(end) is "," && W(end + 2) is "," or "." && W(end + 1) is { Length: >= 1 and <= 3 } age
            && int.TryParse(age, out var years) && years is > 0 and < 120;

        /// <summary>The role of the name at tokens [first, end) in its clause, from the parts of speech around it.</summary>
        private Role RoleOf(int first, int end)
        {
            if (IsPossessive(end))
            {
                return Role.Possessive;
            }

            if (!HasTags)
            {
                return Role.Other;
            }

            // back over the rest of the noun phrase: "Orlando Pride coach |Tom Sermanni"
            var prev = first - 1;
            while (prev >= 0 && !Tokens[prev + 1].Has(TokenFlags.SentenceStart) && Upos(prev) is "DET" or "ADJ" or "NOUN" or "PROPN" or "NUM")
            {
                prev--;
            }

            var start = prev < 0 || Tokens[prev + 1].Has(TokenFlags.SentenceStart);
            var before = start ? null : Upos(prev);
            if (before is "ADP")
            {
                return Role.Oblique;
            }

            if (before is "VERB")
            {
                return Role.Object;
            }

            // forward over a parenthesis or an apposition and adverbs: "Rees, a one-time student, was"
            var next = end;
            if (next < Tokens.Length && W(next) is "(" or ",")
            {
                var close = W(next) is "(" ? ")" : ",";
                var k = next + 1;
                // (a participle after the article is the apposition's own: "Flynn, a |retired| general, appeared")
                while (k < Tokens.Length && k - next < 15 && !W(k).SequenceEqual(close)
                    && (Upos(k) is not ("VERB" or "AUX") || k > 0 && Upos(k - 1) is "DET" or "ADJ" or "ADV" && _doc.Tags[k].Xpos is "VBN" or "VBG" or "VBD"))
                {
                    k++;
                }

                if (k < Tokens.Length && W(k).SequenceEqual(close))
                {
                    next = k + 1;
                }
            }

            while (next < Tokens.Length && Upos(next) is "ADV")
            {
                next++;
            }

            return Upos(next) is "VERB" or "AUX" ? Role.Subject : Role.Other;
        }

        private Role PronounRole(int t, ReadOnlySpan<char> w)
        {
            if (w.Equals("he", StringComparison.OrdinalIgnoreCase) || w.Equals("she", StringComparison.OrdinalIgnoreCase))
            {
                return Role.Subject;
            }

            if (w.Equals("his", StringComparison.OrdinalIgnoreCase)
                || w.Equals("her", StringComparison.OrdinalIgnoreCase) && Upos(t + 1) is "NOUN" or "ADJ" or "PROPN" or "NUM")
            {
                return Role.Possessive;
            }

            return Role.Object;
        }

        /// <summary>The most salient person of matching gender for the pronoun at <paramref name="mention"/>; the nearest
        /// one before it (<see cref="NearestPerson"/>) when nobody is named in the last few sentences.</summary>
        private int SalientPerson(TextSpan mention, int token, Gender gender)
        {
            if (!_mentionsSorted)
            {
                _personMentions.Sort((a, b) => a.Position.CompareTo(b.Position));
                _mentionsSorted = true;
            }

            var text = _doc[mention];
            var role = PronounRole(token, text);
            var sentence = _sentenceOf[token];

            var cataphor = Cataphor(token, gender);
            if (cataphor >= 0)
            {
                return cataphor;
            }

            var scores = new Dictionary<int, (double Score, int Last)>();
            var perSentence = new Dictionary<(int Entity, int Sentence), double>();
            var frequency = new Dictionary<int, int>(); // mentions before the window: the topic of the article
            foreach (var (position, id, end) in _personMentions)
            {
                if (position >= mention.Start)
                {
                    break;
                }

                var first = TokenAt(position);
                var d = sentence - _sentenceOf[first];
                if (!Fits(_entities[id].Gender, gender) || InQuotation(position) && !InQuotation(mention.Start))
                {
                    continue; // (nor someone named inside a quotation: "“You know, I love Larry,” he said")
                }

                if (d > Window)
                {
                    frequency[id] = frequency.GetValueOrDefault(id) + 1;
                    continue;
                }

                var mentionRole = RoleOf(first, end);
                if (role == Role.Object && mentionRole == Role.Subject && d == 0 && SameClause(end, token)
                    && !text.EndsWith("self", StringComparison.OrdinalIgnoreCase))
                {
                    continue; // "Alan says Ryan bullies him": not Ryan
                }

                var weight = 100.0 + mentionRole switch
                {
                    Role.Subject => 80,
                    Role.Object => 50,
                    Role.Oblique => 40,
                    Role.Possessive => 30,
                    _ => 20,
                } + (mentionRole is Role.Oblique or Role.Possessive ? 0 : 80);
                if (mentionRole == role)
                {
                    weight += 35;
                }

                weight /= 1 << d;
                var key = (id, _sentenceOf[first]);
                perSentence[key] = Math.Max(perSentence.GetValueOrDefault(key), weight);
                var last = scores.TryGetValue(id, out var s) ? Math.Max(s.Last, position) : position;
                scores[id] = (s.Score, last);
            }

            foreach (var ((id, _), weight) in perSentence)
            {
                scores[id] = (scores[id].Score + weight, scores[id].Last);
            }

            var best = -1;
            var bestScore = double.MinValue;
            var bestLast = -1;
            foreach (var (id, (score, last)) in scores)
            {
                var adjusted = score - (_entities[id].Gender == gender ? 0 : UnknownPenalty) + FrequencyWeight * Math.Min(5, frequency.GetValueOrDefault(id));
                if (adjusted > bestScore || adjusted == bestScore && last > bestLast)
                {
                    best = id;
                    bestScore = adjusted;
                    bestLast = last;
                }
            }

            return best >= 0 ? best : NearestPerson(mention.Start, gender);
        }

        private static bool Fits(Gender entity, Gender pronoun) => entity == pronoun || entity == Gender.Unknown;

        /// <summary>Whether tokens [from, to) hold no clause boundary: a comma, a conjunction, "that", "who".</summary>
        private bool SameClause(int from, int to)
        {
            for (var t = from; t < to; t++)
            {
                if (W(t) is "," or ";" or "that" or "who" or "which" || Upos(t) is "SCONJ" or "CCONJ")
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A name after the pronoun in a clear pattern: the pronoun in an opening phrase and the name as the
        /// subject just after its comma ("In his tape, Alan explains", "Like her sister Talia, Nyssa eventually").</summary>
        private int Cataphor(int token, Gender gender)
        {
            if (!HasTags)
            {
                return -1;
            }

            var start = token;
            while (start > 0 && !Tokens[start].Has(TokenFlags.SentenceStart))
            {
                start--;
            }

            if (!(Upos(start) is "SCONJ" or "ADP" || Upos(start) is "VERB" && _doc.Tags[start].Xpos is "VBG" or "VBN"))
            {
                return -1;
            }

            var comma = token + 1;
            while (comma < Tokens.Length && comma - token < 25 && !Tokens[comma].Has(TokenFlags.SentenceStart) && W(comma) is not ",")
            {
                comma++;
            }

            if (comma >= Tokens.Length || W(comma) is not ",")
            {
                return -1;
            }

            foreach (var (position, id, end) in _personMentions)
            {
                var first = TokenAt(position);
                if (first >= start && first < token)
                {
                    return -1; // a name before the pronoun in the same phrase
                }

                if (first == comma + 1 || first == comma + 2 && Upos(comma + 1) is "DET" or "NOUN" or "PROPN")
                {
                    return Fits(_entities[id].Gender, gender) && RoleOf(first, end) == Role.Subject ? id : -1;
                }

                if (first > comma + 2)
                {
                    break;
                }
            }

            return -1;
        }
    }
}
