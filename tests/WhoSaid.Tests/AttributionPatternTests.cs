using WhoSaid.Attribution;
using WhoSaid.Coreference;
using WhoSaid.Tests.Support;
using Xunit;

namespace WhoSaid.Tests;

/// <summary>One case per attribution pattern, each with an article written for it. Patterns the engine does not get
/// right yet are in <see cref="RegressionTests"/>, with the same kind of expectation.</summary>
public class AttributionPatternTests
{
    private static readonly Dictionary<string, AttributionCase> s_cases = new()
    {
        ["Inverted_said_after_quote_names_speaker"] = new(
            "“The bridge will reopen in spring,” said Mayor Delia Fenwick.",
            "The bridge will reopen in spring", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", Title = "Mayor", Type = EntityType.Person, Sources = [], QuoteCount = 1 },

        ["She_continued_after_a_quote_keeps_the_speaker_of_the_paragraph_before"] = new(
            "“The bridge will reopen in spring,” said Mayor Delia Fenwick.\n\n“Nobody will pay a toll to cross it, and nobody should,” she continued.",
            "Nobody will pay a toll to cross it, and nobody should", "she", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "continued", Title = "Mayor", QuoteCount = 2 },

        ["Told_an_agency_after_a_quote_makes_it_the_source"] = new(
            "“The ferry will run again by March,” Mayor Delia Fenwick told Reuters on Tuesday.",
            "The ferry will run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "told", Sources = ["Reuters"], QuoteCount = 1 },

        ["Postposed_told_an_agency_makes_it_the_source"] = new(
            "The ferry will run again by March, Mayor Delia Fenwick told the Associated Press.",
            "The ferry will run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "told", Sources = ["Associated Press"], QuoteCount = 1 },

        ["Interview_with_an_agency_makes_it_the_source"] = new(
            "“The ferry will run again by March,” Mayor Delia Fenwick said in an interview with Reuters.",
            "The ferry will run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", Sources = ["Reuters"], QuoteCount = 1 },

        ["Agency_reported_after_a_clause_is_the_source_not_the_content"] = new(
            "The harbour minister said the talks had failed, Xinhua reported.",
            "the talks had failed", "The harbour minister", "harbour minister")
        { Kind = QuoteKind.Indirect, Cue = "said", Sources = ["Xinhua News Agency"], QuoteCount = 1 },

        ["According_to_after_an_adverbial_opener_takes_the_clause_after_it"] = new(
            "On Sunday in Northfield, according to witnesses, a man ran from the bank with a bag of coins.",
            "a man ran from the bank with a bag of coins", "witnesses", "witnesses")
        { Kind = QuoteKind.Indirect, Cue = "according to", QuoteCount = 1 },

        ["Gerund_after_a_comma_belongs_to_the_main_subject"] = new(
            "A witness described how the fire spread, saying the alarm never rang.",
            "the alarm never rang", "A witness", "witness")
        { Kind = QuoteKind.Indirect, Cue = "saying", QuoteCount = 2 },

        ["Government_of_a_country_is_the_country"] = new(
            "The government of Norway announced that the embassy would close.",
            "the embassy would close", "The government of Norway", "Norway")
        { Kind = QuoteKind.Indirect, Cue = "announced", Type = WhoSaid.Coreference.EntityType.Country, QuoteCount = 1 },

        ["Organisation_named_with_of_is_one_organisation"] = new(
            "According to the Northern Council of River Pilots, the harbour will close on Friday.",
            "the harbour will close on Friday", "the Northern Council of River Pilots", "Northern Council of River Pilots")
        { Kind = QuoteKind.Indirect, Type = WhoSaid.Coreference.EntityType.Organization, QuoteCount = 1 },

        ["It_speaks_for_the_organisation_named_before"] = new(
            "The Harbour Lines company denied the claims. In a statement, it said: \"Our ferries are safe.\"",
            "Our ferries are safe", "it", "Harbour Lines company")
        { Kind = QuoteKind.Direct, Cue = "said:", Type = WhoSaid.Coreference.EntityType.Organization },

        ["Age_in_an_apposition_is_not_a_title"] = new(
            "Tomas Berg, 32, said he had never seen the ferry so empty.",
            "he had never seen the ferry so empty", "Tomas Berg, 32", "Tomas Berg")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Quote_then_speaker_with_two_appositions_then_cue"] = new(
            "“The river is ours to protect,” Ada Brookfield, the attorney general of Northfield, one of the towns suing the mill, said on Monday.",
            "The river is ours to protect", "Ada Brookfield, the attorney general of Northfield, one of the towns suing the mill", "Ada Brookfield")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Inverted_speaker_with_a_closing_place_phrase"] = new(
            "The meeting fell apart after an hour, said one council source in the room.",
            "The meeting fell apart after an hour", "one council source", "one council source")
        { Kind = QuoteKind.Indirect, Cue = "said", Type = WhoSaid.Coreference.EntityType.Anonymous, QuoteCount = 1 },

        ["Cue_then_colon_then_quote_is_a_direct_quote"] = new(
            "Mayor Delia Fenwick said: “No ship will leave the port until the storm has passed.”",
            "No ship will leave the port until the storm has passed", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said:", QuoteCount = 1 },

        ["Interrupted_quote_is_one_quote_with_two_content_spans"] = new(
            "Treasurer Ingrid Solvang opened the budget meeting on Monday.\n\n“The budget is balanced,” she said, “and the reserves are full for the first time in ten years.”",
            "The budget is balanced | and the reserves are full for the first time in ten years", "she", "Ingrid Solvang")
        { Kind = QuoteKind.Direct, Cue = "said", Title = "Treasurer", QuoteCount = 1 },

        ["Quote_over_several_sentences_is_one_quote"] = new(
            "“We are done. We are going home. Goodbye,” said coach Ilse Marchetti.",
            "We are done. We are going home. Goodbye", "coach Ilse Marchetti", "Ilse Marchetti")
        { Kind = QuoteKind.Direct, Title = "coach", QuoteCount = 1 },

        ["Multi_paragraph_quote_reopened_each_paragraph_is_one_quote"] = new(
            "“We owe the children a safe place to learn.\n“We will not close our doors because of a leaking roof,” said Principal Marisol Quintero.",
            "We owe the children a safe place to learn | We will not close our doors because of a leaking roof", "Principal Marisol Quintero", "Marisol Quintero")
        { Kind = QuoteKind.Direct, Title = "Principal", QuoteCount = 1 },

        ["Quote_paragraph_without_cue_continues_the_previous_speaker"] = new(
            "“The harvest is the worst in a decade,” said farmer Bertil Oksanen.\n\n“Half of the barley never came up at all this year.”",
            "Half of the barley never came up at all this year", "farmer Bertil Oksanen", "Bertil Oksanen")
        { Kind = QuoteKind.Direct, IsContinuation = true, Title = "farmer", QuoteCount = 2 },

        ["Mixed_said_with_quoted_fragment_is_one_mixed_quote"] = new(
            "Councillor Petra Lindqvist said the plan was “a disaster for the river.”",
            "the plan was “a disaster for the river.”", "Councillor Petra Lindqvist", "Petra Lindqvist")
        { Kind = QuoteKind.Mixed, Cue = "said", Title = "Councillor", QuoteCount = 1 },

        ["Indirect_said_that_takes_the_clause_after_that"] = new(
            "Councillor Petra Lindqvist said that the new flood plan would put three villages under water.",
            "the new flood plan would put three villages under water", "Councillor Petra Lindqvist", "Petra Lindqvist")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "Councillor", QuoteCount = 1 },

        ["Told_reporters_that_skips_the_listener"] = new(
            "Fire chief Anselm Varga told reporters that the blaze had been contained by midnight.",
            "the blaze had been contained by midnight", "Fire chief Anselm Varga", "Anselm Varga")
        { Kind = QuoteKind.Indirect, Cue = "told", Title = "Fire chief", Sources = [], QuoteCount = 1 },

        ["Said_on_a_day_that_skips_the_time_phrase"] = new(
            "Mayor Delia Fenwick said on Tuesday that the ferry would run again by March.",
            "the ferry would run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Said_in_a_statement_that_is_attributed_to_the_organization"] = new(
            "The harbour authority said in a statement that the ferry would run again by March.",
            "the ferry would run again by March", "The harbour authority", "harbour authority")
        { Kind = QuoteKind.Indirect, Type = EntityType.Organization, Cue = "said in a statement", QuoteCount = 1 },

        ["As_the_engineers_have_pointed_out_comma_is_what_they_said"] = new(
            "As the harbour engineers have pointed out, the old pier cannot carry another crane.",
            "the old pier cannot carry another crane", "the harbour engineers", "harbour engineers")
        { Kind = QuoteKind.Indirect, Cue = "have pointed out", QuoteCount = 1 },

        ["As_she_put_it_in_a_statement_skips_the_venue"] = new(
            "Mayor Delia Fenwick visited the pier on Monday. As Fenwick put it in a statement, the crane is staying where it is.",
            "the crane is staying where it is", "Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Relative_clause_without_who_belongs_to_the_subject"] = new(
            "All the engineers I interviewed said the old pier could not carry another crane.",
            "the old pier could not carry another crane", "All the engineers I interviewed", "All the engineers I interviewed")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["People_close_to_the_mayor_say_is_the_speaker"] = new(
            "People close to the mayor say that she will not run again.",
            "she will not run again", "People close to the mayor", "People close to the mayor")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["A_group_rejecting_a_proposal_is_a_stance_PolNeAR_counts"] = new(
            "The harbour committee has rejected the proposal.",
            "the proposal", "The harbour committee", "harbour committee")
        { Kind = QuoteKind.Indirect, Cue = "has rejected", QuoteCount = 1 },

        ["After_an_apposition_the_noun_phrase_after_the_cue_is_its_object_not_its_speaker"] = new(
            "Mayor Delia Fenwick, the ferry's loudest critic, criticized the delays in Kelso.",
            "the delays in Kelso", "Mayor Delia Fenwick, the ferry's loudest critic", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Light_verb_and_stance_noun_make_one_cue"] = new(
            "Harbour pilots have expressed deep concern about the new crane.",
            "the new crane", "Harbour pilots", "Harbour pilots")
        { Kind = QuoteKind.Indirect, Cue = "have expressed deep concern about", QuoteCount = 1 },

        ["A_named_owner_of_a_claim_stays_a_person"] = new(
            "Nobody could check Senator Maud Ellery's claim that the ferry had made a profit.",
            "the ferry had made a profit", "Senator Maud Ellery's", "Maud Ellery")
        { Kind = QuoteKind.Indirect, Cue = "claim", Title = "Senator", Type = EntityType.Person, QuoteCount = 1 },

        ["A_participle_phrase_after_the_speaker_is_not_part_of_the_mention"] = new(
            "Fenwick, speaking to harbour workers in Kelso, said the ferry would run again by March.",
            "the ferry would run again by March", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["A_date_that_opens_the_sentence_is_not_part_of_the_speaker"] = new(
            "September 27 Mayor Delia Fenwick announced that the ferry would run again by March.",
            "the ferry would run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Inverted_speaker_keeps_apposition_and_relative_clause"] = new(
            "“The pier will hold,” said Tobias Rennick, an engineer at Kelso Works, who inspected it on Monday.",
            "The pier will hold", "Tobias Rennick, an engineer at Kelso Works, who inspected it on Monday", "Tobias Rennick")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["A_study_with_its_relative_clause_is_a_document_speaker"] = new(
            "A 2019 study that appeared in the Kelso Medical Review found that the harbour water was safe.",
            "the harbour water was safe", "A 2019 study that appeared in the Kelso Medical Review", "2019 study that appeared in the Kelso Medical Review")
        { Kind = QuoteKind.Indirect, Type = EntityType.Document, QuoteCount = 1 },

        ["A_reporter_for_a_paper_is_a_person"] = new(
            "A reporter for the Kelso Gazette reported that the ferry had been sold.",
            "the ferry had been sold", "A reporter for the Kelso Gazette", "reporter for the Kelso Gazette")
        { Kind = QuoteKind.Indirect, Type = EntityType.Person, QuoteCount = 1 },

        ["An_opening_time_phrase_before_a_comma_is_not_the_speaker"] = new(
            "Last month, the harbour authority announced that the ferry would run again by March.",
            "the ferry would run again by March", "the harbour authority", "harbour authority")
        { Kind = QuoteKind.Indirect, Type = EntityType.Organization, QuoteCount = 1 },

        ["An_opening_phrase_without_a_comma_is_not_part_of_the_speaker"] = new(
            "In a radio interview Mayor Delia Fenwick declared that the ferry would run again by March.",
            "the ferry would run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Title = "Mayor", QuoteCount = 1 },

        ["But_with_no_new_subject_goes_on_with_the_content"] = new(
            "Engineer Tobias Rennick said the pier could carry the crane, but would need repairs by spring.",
            "the pier could carry the crane, but would need repairs by spring", "Engineer Tobias Rennick", "Tobias Rennick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["As_did_between_commas_is_skipped_before_that"] = new(
            "Several engineers warned, as did the harbour board itself, that the pier could not carry the crane.",
            "the pier could not carry the crane", "Several engineers", "Several engineers")
        { Kind = QuoteKind.Indirect, Cue = "warned", QuoteCount = 1 },

        ["A_participle_phrase_between_commas_is_skipped_whole"] = new(
            "Fenwick, appearing after Rennick at the Kelso/Dunmore forum, said the ferry would run again by March.",
            "the ferry would run again by March", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["That_after_a_noun_and_before_a_verb_is_a_relative_pronoun"] = new(
            "The harbour board called for changes to the rules that govern the ferry.",
            "changes to the rules that govern the ferry", "The harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["A_closing_apposition_after_a_name_is_the_writers"] = new(
            "Engineers say the crane could be moved to Dunmore Quay, the busiest dock in the harbour that the board still owns.",
            "the crane could be moved to Dunmore Quay", "Engineers", "Engineers")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["A_capitalised_platform_before_the_cue_is_the_speaker"] = new(
            "The ferry was the most discussed topic of the week, Twitter announced.",
            "The ferry was the most discussed topic of the week", "Twitter", "Twitter")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["A_time_phrase_between_the_cue_and_its_clause_is_skipped"] = new(
            "Mayor Delia Fenwick said after the meeting she would not sell the ferry.",
            "she would not sell the ferry", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["A_contraction_is_not_part_of_the_speaker"] = new(
            "As I've argued before, the ferry cannot pay for itself.",
            "the ferry cannot pay for itself", "I", null)
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["A_closing_attribution_takes_the_clause_from_an_inner_cue"] = new(
            "Fenwick had told the pilots that she wanted the ferry back, but the board overruled her, the source added.",
            "Fenwick had told the pilots that she wanted the ferry back, but the board overruled her", "the source", "source")
        { Kind = QuoteKind.Indirect, Cue = "added", QuoteCount = 1 },

        ["A_reduced_relative_without_an_agent_stays_with_its_head"] = new(
            "The average of polls taken over the past two weeks shows Fenwick leading Rennick by four points.",
            "Fenwick leading Rennick by four points", "The average of polls taken over the past two weeks", "average of polls taken over the past two weeks")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["A_sure_learned_cue_before_a_lexicon_cue_is_an_attribution_of_its_own"] = new(
            "Senator Maud Ellery blasted Mayor Delia Fenwick for selling the ferry, saying the harbour would pay for it.",
            "Mayor Delia Fenwick for selling the ferry", "Senator Maud Ellery", "Maud Ellery")
        { Kind = QuoteKind.Indirect, Cue = "blasted", QuoteCount = 2 },

        ["A_relative_clause_with_a_cue_of_its_own_leaves_the_mention"] = new(
            "Rennick, who has argued for the new pier since he joined the board in February, said the crane could stay.",
            "the crane could stay", "Rennick", "Rennick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["A_party_named_by_its_members_is_an_organisation"] = new(
            "The Liberal Democrats said the ferry plan was misdirected.",
            "the ferry plan was misdirected", "The Liberal Democrats", "Liberal Democrats")
        { Kind = QuoteKind.Indirect, Type = EntityType.Organization, QuoteCount = 1 },

        ["A_second_verb_keeps_both_subjects_and_drops_the_opening_but"] = new(
            "But the harbour board and the ferry union say the pier should stay and believe the council is shirking its duty.",
            "the council is shirking its duty", "the harbour board and the ferry union", "harbour board and the ferry union")
        { Kind = QuoteKind.Indirect, Cue = "believe", QuoteCount = 2 },

        ["Officials_at_the_start_of_a_sentence_are_a_group"] = new(
            "The ferry sank on Monday. Officials said the crew had been rescued.",
            "the crew had been rescued", "Officials", "Officials")
        { Kind = QuoteKind.Indirect, Type = EntityType.Group, QuoteCount = 1 },

        ["Reports_at_the_start_of_a_sentence_are_a_document"] = new(
            "The ferry sank on Monday. Reports said the crew had been rescued.",
            "the crew had been rescued", "Reports", "Reports")
        { Kind = QuoteKind.Indirect, Type = EntityType.Document, QuoteCount = 1 },

        ["A_date_before_and_is_not_part_of_the_speaker"] = new(
            "The crews have until midnight on 16 December and a union spokesman said: \"We are sure the answers are on their way.\"",
            "We are sure the answers are on their way", "a union spokesman", "union spokesman")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["An_honorific_stays_with_the_name_after_an_opening_as"] = new(
            "As Ms. Fenwick put it in a statement, the ferry is staying where it is.",
            "the ferry is staying where it is", "Ms. Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Postposed_said_after_reported_clause_names_speaker"] = new(
            "The ferry will not run before March, Mayor Delia Fenwick said on Monday.",
            "The ferry will not run before March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Postposed_said_in_a_statement_keeps_the_clause_before"] = new(
            "Engineers inspecting the Kelso River dam have found cracks in its spillway, the regional water board said in a statement on Thursday.",
            "Engineers inspecting the Kelso River dam have found cracks in its spillway", "the regional water board", "regional water board")
        { Kind = QuoteKind.Indirect, Cue = "said in a statement", QuoteCount = 1 },

        ["Interrupting_she_said_splits_reported_speech_in_two"] = new(
            "The ferry, Mayor Delia Fenwick said, will not run before March.",
            "The ferry | will not run before March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Warned_after_a_quote_is_a_cue"] = new(
            "“We will strike on Monday,” union leader Bram Hollis warned.",
            "We will strike on Monday", "union leader Bram Hollis", "Bram Hollis")
        { Kind = QuoteKind.Direct, Cue = "warned", Title = "union leader", QuoteCount = 1 },

        ["Told_reporters_comma_then_quote_is_a_direct_quote"] = new(
            "Mayor Delia Fenwick told reporters, “The ferry will run again by March.”",
            "The ferry will run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["According_to_before_the_content_names_the_speaker"] = new(
            "According to Inspector Wilma Kastner, the thieves escaped through the cellar.",
            "the thieves escaped through the cellar", "Inspector Wilma Kastner", "Wilma Kastner")
        { Kind = QuoteKind.Indirect, Cue = "According to", Title = "Inspector", QuoteCount = 1 },

        ["According_to_after_the_content_names_the_speaker"] = new(
            "The thieves escaped through the cellar, according to Inspector Wilma Kastner.",
            "The thieves escaped through the cellar", "Inspector Wilma Kastner", "Wilma Kastner")
        { Kind = QuoteKind.Indirect, Cue = "according to", Title = "Inspector", QuoteCount = 1 },

        ["Clause_after_according_to_name_is_not_a_title"] = new(
            "According to director Mirela Dascalu, the company has offered a rise of four percent.",
            "the company has offered a rise of four percent", "director Mirela Dascalu", "Mirela Dascalu")
        { Kind = QuoteKind.Indirect, Title = "director", QuoteCount = 1 },

        ["Denial_has_denied_that_is_attributed_to_the_country"] = new(
            "China has denied that its fishing fleet entered the disputed waters.",
            "its fishing fleet entered the disputed waters", "China", "China")
        { Kind = QuoteKind.Indirect, Type = EntityType.Country, QuoteCount = 1 },

        ["Alleging_that_after_a_main_clause_is_said_by_its_subject"] = new(
            "Prosecutors filed a lawsuit against the mill owner, alleging that the company dumped waste into the lake.",
            "the company dumped waste into the lake", "Prosecutors", "Prosecutors")
        { Kind = QuoteKind.Indirect, Cue = "alleging", QuoteCount = 1 },

        ["Party_and_state_in_parentheses_stay_in_the_mention"] = new(
            "Sen. Marta Quillon (R-Ore.) said the ferry subsidy would not survive the budget.",
            "the ferry subsidy would not survive the budget", "Sen. Marta Quillon (R-Ore.)", "Marta Quillon")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Said_that_before_a_subordinate_clause_keeps_it_in_the_content"] = new(
            "The mayor said that because the tunnel flooded twice, the ferry must stay.",
            "because the tunnel flooded twice, the ferry must stay", "The mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Second_verb_of_the_same_subject_is_attributed_to_it"] = new(
            "Harbour workers described the new rota as unworkable, and said the union would strike in May.",
            "the union would strike in May", "Harbour workers", "Harbour workers")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["Phrasal_cue_takes_its_particle_and_a_noun_phrase"] = new(
            "The ferry captain complained about the broken radar on the morning crossing.",
            "the broken radar on the morning crossing", "The ferry captain", "ferry captain")
        { Kind = QuoteKind.Indirect, Cue = "complained about", QuoteCount = 1 },

        ["Possessive_cue_noun_with_that_clause_is_attributed_to_the_owner"] = new(
            "Nobody could check the mayor's claim that the ferry had made a profit last year.",
            "the ferry had made a profit last year", "the mayor's", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "claim", QuoteCount = 1 },

        ["Cue_noun_with_by_and_that_clause_ends_before_the_main_verb"] = new(
            "The claim by the harbour board that the dock is safe was disputed by engineers.",
            "the dock is safe", "the harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, Cue = "claim", QuoteCount = 1 },

        ["According_to_takes_the_whole_source_up_to_its_comma"] = new(
            "According to a harbour board survey of 2,000 passengers, most of them want a second pier.",
            "most of them want a second pier", "a harbour board survey of 2,000 passengers", "harbour board survey of 2,000 passengers")
        { Kind = QuoteKind.Indirect, Cue = "According to", QuoteCount = 1 },

        ["According_to_takes_a_bare_noun_phrase_as_its_source"] = new(
            "According to exit polls, the mayor had a ten-point lead among pensioners.",
            "the mayor had a ten-point lead among pensioners", "exit polls", "exit polls")
        { Kind = QuoteKind.Indirect, Cue = "According to", QuoteCount = 1 },

        ["Second_verb_after_a_comma_and_but_keeps_the_subject"] = new(
            "The mayor criticized the toll plan, but said she would vote for it.",
            "she would vote for it", "The mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["Learned_cue_with_an_object_before_a_second_verb_of_its_subject"] = new(
            "Mayor Delia Fenwick bemoaned the closure of the ferry and said she thought the council had been misled.",
            "the closure of the ferry", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "bemoaned", QuoteCount = 2 },

        ["As_the_speaker_said_after_a_clause"] = new(
            "The pilot had no licence, as harbour officials have said.",
            "The pilot had no licence", "harbour officials", "harbour officials")
        { Kind = QuoteKind.Indirect, Cue = "have said", QuoteCount = 1 },

        ["Gerund_modifier_with_a_plural_role_is_a_subject"] = new(
            "The company chose to file in Richmond, where restructuring experts say some judges are eager to move quickly.",
            "some judges are eager to move quickly", "restructuring experts", "restructuring experts")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Colon_at_a_paragraph_end_introduces_the_quotation_below"] = new(
            "Mayor Delia Fenwick continued:\n\n“The ferry will run again by March, and nobody will pay a toll.”",
            "The ferry will run again by March, and nobody will pay a toll", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "continued:", QuoteCount = 1 },

        ["Colon_at_a_paragraph_end_introduces_the_unquoted_paragraph_below"] = new(
            "The harbour master added:\n\nIt is typical of the council. It plans nothing and pays for everything.\n\nThe meeting ended at noon.",
            "It is typical of the council. It plans nothing and pays for everything", "The harbour master", "harbour master")
        { Kind = QuoteKind.Indirect, Cue = "added:", QuoteCount = 1 },

        ["Continued_with_a_comma_before_a_quotation"] = new(
            "She continued, “We are asking for a hearing, nothing more.”",
            "We are asking for a hearing, nothing more", "She", null)
        { Kind = QuoteKind.Direct, Cue = "continued", QuoteCount = 1 },

        ["Apposition_between_dashes_may_hold_a_comma"] = new(
            "Wilma Kastner -- author of Tides, a history of the harbour -- said the pier had been sinking for years.",
            "the pier had been sinking for years", "Wilma Kastner -- author of Tides, a history of the harbour", "Wilma Kastner")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Coordinated_verb_shares_the_speaker_of_the_verb_before"] = new(
            "Mayor Delia Fenwick, like her predecessor, has praised the ferry crews but has said she will not raise their pay.",
            "she will not raise their pay", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "has said", QuoteCount = 2 },

        ["Quantifier_of_whom_speaks_for_the_noun_phrase_before"] = new(
            "The plan angered the ferry pilots, many of whom say the new timetable is unsafe.",
            "the new timetable is unsafe", "many of whom", "ferry pilots")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Gerund_before_a_quotation_speaks_for_the_subject_of_the_clause_before"] = new(
            "Mayor Delia Fenwick defended the toll, saying, “Nobody crosses the river for free anywhere else.”",
            "Nobody crosses the river for free anywhere else", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "saying", QuoteCount = 2 },

        ["Prepositional_phrase_between_the_cue_and_its_quotation"] = new(
            "Mayor Delia Fenwick said on the other hand, “The ferry has never lost money in August.”",
            "The ferry has never lost money in August", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Coordinated_verb_after_an_opening_phrase_is_not_postposed"] = new(
            "In her speech, Mayor Delia Fenwick urged residents to use the ferry, and criticized the council's plan for a toll.",
            "the council's plan for a toll", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "criticized", QuoteCount = 2 },

        ["A_noun_in_s_before_a_verb_is_no_cue"] = new(
            "Ferry fares rose by a third, an analysis of harbour reports shows.",
            "Ferry fares rose by a third", "an analysis of harbour reports", "analysis of harbour reports")
        { Kind = QuoteKind.Indirect, Cue = "shows", QuoteCount = 1 },

        ["Reader_letter_opened_with_a_closing_mark_and_signed_with_a_dash"] = new(
            "What readers said.\n\n”The ferry is our lifeline, not a luxury.” ― Wilma Kastner",
            "The ferry is our lifeline, not a luxury", "Wilma Kastner", "Wilma Kastner")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["Going_on_to_say_after_a_quote_speaks_for_the_speaker_before"] = new(
            "“That is absurd,” Mayor Delia Fenwick said, going on to say that the ferry had never lost money.",
            "the ferry had never lost money", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "going on to say", QuoteCount = 2 },

        ["Quote_resumes_after_a_cue_with_a_place_and_its_state"] = new(
            "“The bridge will hold,” Mayor Delia Fenwick said at a rally in Northfield, Vt., “and so will this town.”",
            "The bridge will hold | and so will this town", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Quote_resumes_after_but"] = new(
            "“I admire the council,” Mayor Delia Fenwick said, but “on the toll it is simply wrong.”",
            "I admire the council | on the toll it is simply wrong", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Continuing_quotation_keeps_the_words_that_finish_its_sentence"] = new(
            "“It is tinkering at the edges,” said Wilma Kastner, an economist. “It is just a tax increase” for the biggest ferry operators.",
            "It is tinkering at the edges | It is just a tax increase” for the biggest ferry operators", "Wilma Kastner, an economist", "Wilma Kastner")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["What_the_speaker_says_a_clause_is_an_attribution"] = new(
            "The gap between what the mayor says her toll would raise and what it would really raise is wide.",
            "her toll would raise", "the mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["Listener_may_hold_a_noun_the_lexicon_knows_as_a_verb"] = new(
            "Mayor Delia Fenwick told her radio audience of Monday, “The ferry is safe. The crews are the best we have.”",
            "The ferry is safe. The crews are the best we have", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["Listener_with_a_programme_name_in_quotation_marks_before_that"] = new(
            "Mayor Delia Fenwick told Radio North’s “Harbour Hour” on Friday that the ferry would run again by March.",
            "the ferry would run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Inverted_speaker_keeps_an_apposition_with_a_possessive_and_a_participle"] = new(
            "“We are meeting our targets,” said Delia Fenwick, the council's state director raising funds for the ferry.",
            "We are meeting our targets", "Delia Fenwick, the council's state director raising funds for the ferry", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Inverted_speaker_keeps_an_age_and_a_hometown"] = new(
            "“We cross every morning,” said Wilma Kastner, 55, of Northfield.",
            "We cross every morning", "Wilma Kastner, 55, of Northfield", "Wilma Kastner")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Coordinated_gerunds_are_two_attributions"] = new(
            "The two candidates met on Wednesday, each touting their own record and saying the other lacked the judgment to lead the port.",
            "their own record", "The two candidates", "two candidates")
        { Kind = QuoteKind.Indirect, Cue = "touting", QuoteCount = 2 },

        ["Question_mark_before_the_closing_mark_does_not_cut_the_speaker_off"] = new(
            "“We are ready,” the pilot said. “Who would have believed we would carry a million passengers this year?” Mayor Delia Fenwick said, smiling at the crew.",
            "Who would have believed we would carry a million passengers this year?", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 2 },

        ["Pronoun_speaker_is_not_someone_named_inside_the_quotation"] = new(
            "Mayor Tomas Brennan dismissed the criticism.\n\n“You know, I like Daniel Price,” he said, “but on the ferry he is wrong.”",
            "You know, I like Daniel Price | but on the ferry he is wrong", "he", "Tomas Brennan")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 2 },

        ["Finite_verb_ends_the_subject_of_a_coordinated_cue"] = new(
            "Earlier, the Harbour Executive considered a range of options but vowed to introduce a toll on the bridge.",
            "to introduce a toll on the bridge", "the Harbour Executive", "Harbour Executive")
        { Kind = QuoteKind.Indirect, Cue = "vowed", QuoteCount = 1 },

        ["Went_on_to_is_part_of_the_cue"] = new(
            "Mayor Delia Fenwick praised the crews and went on to say that the ferry would run all winter.",
            "the ferry would run all winter", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "went on to say", QuoteCount = 2 },

        ["Particle_out_is_part_of_the_cue"] = new(
            "Mayor Delia Fenwick called out the council for its silence on the toll.",
            "the council for its silence on the toll", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "called out", QuoteCount = 1 },

        ["Passive_with_its_agent_keeps_its_auxiliary_in_the_cue"] = new(
            "The mayor was accused by the harbour board of hiding the cost of the bridge.",
            "of hiding the cost of the bridge", "the harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, Cue = "was accused", QuoteCount = 1 },

        ["Made_it_clear_is_one_cue"] = new(
            "Mayor Delia Fenwick made it clear that the ferry would run all winter.",
            "the ferry would run all winter", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "made it clear", QuoteCount = 1 },

        ["Issued_a_statement_saying_is_one_cue"] = new(
            "The harbour board issued a statement Tuesday saying the ferry was safe.",
            "the ferry was safe", "The harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, Cue = "issued a statement Tuesday saying", QuoteCount = 1 },

        ["Particle_off_is_part_of_the_cue"] = new(
            "Mayor Delia Fenwick shrugged off the criticism of the toll.",
            "the criticism of the toll", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "shrugged off", QuoteCount = 1 },

        ["Coordinated_cue_after_a_time_phrase_takes_the_sentence_subject"] = new(
            "Harbour workers, looking for a way to end the strike, seized the pier from the council on Wednesday and said they would stay until the vote.",
            "they would stay until the vote", "Harbour workers", "Harbour workers")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Opening_participle_phrase_is_not_a_speaker"] = new(
            "Making the rounds on the Sunday morning shows, Mayor Delia Fenwick said the ferry was safe.",
            "the ferry was safe", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Opening_prepositional_phrase_is_not_a_speaker"] = new(
            "With the help of her staff, the mayor held a vote and asked residents to use the ferry.",
            "residents to use the ferry", "the mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "asked", QuoteCount = 1 },

        ["Study_by_an_author_finds_a_noun_phrase"] = new(
            "A 2019 study by Northfield University professor Wilma Kastner found 31 cases of fare evasion on the ferry.",
            "31 cases of fare evasion on the ferry", "A 2019 study by Northfield University professor Wilma Kastner", "Wilma Kastner")
        { Kind = QuoteKind.Indirect, Cue = "found", Title = "Northfield University professor", QuoteCount = 1 },

        ["Gerund_adjective_before_a_noun_is_a_subject"] = new(
            "Polling averages show the mayor with a lead in the low single digits.",
            "the mayor with a lead in the low single digits", "Polling averages", "Polling averages")
        { Kind = QuoteKind.Indirect, Cue = "show", QuoteCount = 1 },

        ["Clause_with_a_negated_adjective_is_content_not_a_tail"] = new(
            "Mayor Delia Fenwick said she is not worried.",
            "she is not worried", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Plural_possessive_with_a_curly_mark_is_part_of_the_subject"] = new(
            "The Harbour Pilots’ union says it raised more than $21,000 in January.",
            "it raised more than $21,000 in January", "The Harbour Pilots’ union", "Harbour Pilots’ union")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["Stray_comma_after_a_subject_with_its_party"] = new(
            "Sen. Delia Fenwick (D-Vt.), said after a lunch on Tuesday that she had not read the plan.",
            "she had not read the plan", "Sen. Delia Fenwick (D-Vt.)", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Short_subordinate_clause_before_a_final_cue_is_not_what_was_said"] = new(
            "Mayor Delia Fenwick said she had not seen the report, and when asked, she declined.",
            "she had not seen the report", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Conditional_after_the_cue_is_what_was_said"] = new(
            "Mayor Delia Fenwick warned if the toll rose, the ferry would lose half its riders.",
            "if the toll rose, the ferry would lose half its riders", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "warned", QuoteCount = 1 },

        ["Asked_if_is_what_was_asked"] = new(
            "Mayor Delia Fenwick asked if the ferry would run in winter.",
            "if the ferry would run in winter", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "asked", QuoteCount = 1 },

        ["Share_of_a_group_is_a_speaker"] = new(
            "Ferry users were asked about the toll. Nine in 10 said they thought it favoured the harbour board.",
            "they thought it favoured the harbour board", "Nine in 10", "Nine in 10")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Percentage_is_a_speaker"] = new(
            "Ferry users lean left: 42% say they are liberal.",
            "they are liberal", "42%", "42%")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Because_clause_after_the_cue_is_what_was_said"] = new(
            "Mayor Delia Fenwick said because the crews are popular, “they are the ferry's best advocates.”",
            "because the crews are popular, “they are the ferry's best advocates.”", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["Long_parenthetical_with_a_participle_before_the_cue"] = new(
            "Wilma Kastner, in the wake of a new poll showing the ferry down to 14 percent, told Radio North on Sunday that the crews would do better.",
            "the crews would do better", "Wilma Kastner", "Wilma Kastner")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Document_posted_on_a_site_is_the_speaker"] = new(
            "A statement posted on the website FerryTickets.com said listings are checked by hand.",
            "listings are checked by hand", "A statement posted on the website FerryTickets.com", "statement posted on the website FerryTickets.com")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Document_with_a_participle_apposition_is_the_speaker"] = new(
            "The project's website, run by Wilma Kastner, a professor at Northfield University, said turnout was based on ballots counted.",
            "turnout was based on ballots counted", "The project's website, run by Wilma Kastner, a professor at Northfield University", "project's website")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Demonstrative_opening_the_sentence_belongs_to_the_subject"] = new(
            "A pilot spoke to the board. That pilot said the crossing was unsafe in fog.",
            "the crossing was unsafe in fog", "That pilot", "pilot")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Cue_with_to_and_a_listener_before_a_quotation"] = new(
            "Mayor Delia Fenwick wrote to her 20,000 followers, “The ferry runs tomorrow.”",
            "The ferry runs tomorrow", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "wrote", QuoteCount = 1 },

        ["That_after_a_long_venue_phrase"] = new(
            "Mayor Delia Fenwick noted in a guest column in Saturday’s Northfield Courier that the ferry is running again.",
            "the ferry is running again", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "noted", QuoteCount = 1 },

        ["Two_quoted_fragments_before_the_cue_make_one_mixed_quote"] = new(
            "“Harbour Lights” was to be a “cautionary tale,” the director said.",
            "Harbour Lights” was to be a “cautionary tale,”", "the director", "director")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["Second_that_clause_after_but_stays_in_the_content"] = new(
            "Mayor Delia Fenwick said her staff had done the wrong thing, but that the council's reply had been worse.",
            "her staff had done the wrong thing, but that the council's reply had been worse", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Those_surveyed_is_a_speaker"] = new(
            "By big margins, those surveyed say the ferry should be the first priority.",
            "the ferry should be the first priority", "those surveyed", "those surveyed")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Many_is_a_speaker"] = new(
            "Faced with the toll, many said Monday that the ruling intensifies the need for a second ferry.",
            "the ruling intensifies the need for a second ferry", "many", "many")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Interrupting_inverted_cue_splits_the_content"] = new(
            "The ferry, said Mayor Delia Fenwick, will run all winter.",
            "The ferry | will run all winter", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Fraction_of_a_group_is_a_speaker"] = new(
            "Ferry users were asked about the toll. Nearly a third say they don't know.",
            "they don't know", "Nearly a third", "Nearly a third")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Some_opening_the_sentence_is_a_speaker"] = new(
            "Some say they hear echoes of the old harbour strike in the mayor's words.",
            "they hear echoes of the old harbour strike in the mayor's words", "Some", "Some")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Title_case_headline_verb_is_not_part_of_the_name"] = new(
            "Fenwick Says Ferry Crews Deserve Raise\n\nMayor Delia Fenwick spoke on Monday at the harbour.",
            "Ferry Crews Deserve Raise", "Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "Says", QuoteCount = 1 },

        ["Relative_clause_speaks_through_its_pronoun_for_the_noun_before"] = new(
            "The council hired an engineer who warned that the pier was sinking.",
            "the pier was sinking", "who", "engineer")
        { Kind = QuoteKind.Indirect, Cue = "warned", QuoteCount = 1 },

        ["Parenthetical_phrase_between_commas_is_skipped_to_the_subject"] = new(
            "The mayor, at Monday's council meeting, insisted that the ferry would stay.",
            "the ferry would stay", "The mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "insisted", QuoteCount = 1 },

        ["Content_ending_in_a_passive_cue_verb_is_not_a_tail"] = new(
            "Harbour pilots have said the dredging report should be released.",
            "the dredging report should be released", "Harbour pilots", "Harbour pilots")
        { Kind = QuoteKind.Indirect, Cue = "have said", QuoteCount = 1 },

        ["Time_phrase_between_cue_and_content_is_skipped"] = new(
            "The harbour police said on Friday, the divers had been arrested.",
            "the divers had been arrested", "The harbour police", "harbour police")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Agentless_passive_accusation_is_an_attribution_with_no_speaker"] = new(
            "The ferry operator was accused of hiding safety reports.",
            "hiding safety reports", null, null)
        { Kind = QuoteKind.Indirect, Cue = "was accused of", QuoteCount = 1 },

        ["Transcript_quoted_over_paragraphs_changes_speaker_at_each_label"] = new(
            "The interview went as follows.\n\n\"HOST: Will the ferry run in winter?\n\n\"VARGA: It will run every day, storms permitting.\"",
            "It will run every day, storms permitting", "VARGA", "VARGA")
        { Kind = QuoteKind.Direct, Cue = ":", QuoteCount = 2 },

        ["Show_title_with_its_comma_before_the_speaker_is_no_quote"] = new(
            "In an interview on Harbour Radio's \"Morning Tide,\" Mayor Delia Fenwick said the ferry would run again by March.",
            "the ferry would run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Intention_have_vowed_to_is_attributed_to_the_officials"] = new(
            "Local officials have vowed to rebuild the collapsed pier before the summer season.",
            "to rebuild the collapsed pier before the summer season", "Local officials", "Local officials")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Headline_country_colon_content_is_said_by_the_country"] = new(
            "Canada: Fishing quota is unfair to coastal towns\n\nOttawa sent a letter to the commission on Monday.",
            "Fishing quota is unfair to coastal towns", "Canada", "Canada")
        { Kind = QuoteKind.Indirect, Cue = null, Type = EntityType.Country, QuoteCount = 1 },

        ["Headline_organization_colon_content_is_said_by_the_organization"] = new(
            "Union: Ferry crews will strike until pay deal is signed\n\nThe strike would be the first on the crossing in a decade.",
            "Ferry crews will strike until pay deal is signed", "Union", "Union")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Headline_poll_colon_content_is_said_by_the_poll"] = new(
            "Poll: Most voters back the new ferry tax\n\nThe survey of 900 residents was taken last week.",
            "Most voters back the new ferry tax", "Poll", "Poll")
        { Kind = QuoteKind.Indirect, Cue = null, Type = EntityType.Document, QuoteCount = 1 },

        ["Headline_surname_colon_is_the_person_the_article_names"] = new(
            "Pardew: Ferry crews will strike until pay deal is signed\n\nUnion leader Marcus Pardew spoke to workers at the harbour on Monday.",
            "Ferry crews will strike until pay deal is signed", "Pardew", "Marcus Pardew")
        { Kind = QuoteKind.Indirect, Cue = null, Type = EntityType.Person, QuoteCount = 1 },

        ["Second_opening_phrase_is_not_the_subject_of_a_second_verb"] = new(
            "However, over the past few weeks, the harbour board has promised a vote and warned residents that the ferry levy would rise.",
            "the ferry levy would rise", "the harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, QuoteCount = 2 },

        ["Time_phrase_before_a_name_is_not_the_speaker"] = new(
            "The walkout was the second time Ferrylink said it had cancelled every crossing in a week.",
            "it had cancelled every crossing in a week", "Ferrylink", "Ferrylink")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Possessive_pronoun_owns_a_nominal_cue"] = new(
            "Mayor Delia Fenwick visited the pier on Monday. Residents doubted her claim that the ferry would run again by March.",
            "the ferry would run again by March", "her", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "claim", QuoteCount = 1 },

        ["Adjectives_between_the_possessive_and_a_nominal_cue"] = new(
            "Residents doubted Mayor Delia Fenwick's recent public assurance that the ferry would run again by March.",
            "the ferry would run again by March", "Mayor Delia Fenwick's", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "assurance", QuoteCount = 1 },

        ["Verb_with_a_preposition_the_detector_reads_as_a_cue"] = new(
            "Councillor Ada Brennan railed against the ferry operator on Monday.",
            "the ferry operator", "Councillor Ada Brennan", "Ada Brennan")
        { Kind = QuoteKind.Indirect, Cue = "railed against", QuoteCount = 1 },

        ["Occasion_phrase_ends_a_noun_phrase_content"] = new(
            "Councillor Ada Brennan railed against the ferry operator at a council meeting.",
            "the ferry operator", "Councillor Ada Brennan", "Ada Brennan")
        { Kind = QuoteKind.Indirect, Cue = "railed against", QuoteCount = 1 },

        ["Stance_adjective_with_a_preposition_is_an_attribution"] = new(
            "Councillor Ada Brennan has been critical of the ferry operator since the crossing closed.",
            "the ferry operator", "Councillor Ada Brennan", "Ada Brennan")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Stance_adjective_with_that_is_an_attribution"] = new(
            "The harbour master is confident that the pier will reopen by spring.",
            "the pier will reopen by spring", "The harbour master", "harbour master")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Verb_with_to_as_a_preposition_the_detector_reads_as_a_cue"] = new(
            "Councillor Ada Brennan referred to the ferry operator's latest timetable.",
            "the ferry operator's latest timetable", "Councillor Ada Brennan", "Ada Brennan")
        { Kind = QuoteKind.Indirect, Cue = "referred to", QuoteCount = 1 },

        ["Expected_to_is_an_expectation_without_a_speaker"] = new(
            "The ferry operator, which has run the crossing since 1998, is expected to raise fares in the spring.",
            "The ferry operator, which has run the crossing since 1998 | to raise fares in the spring", null, null)
        { Kind = QuoteKind.Indirect, Cue = "is expected", QuoteCount = 1 },

        ["Seemed_to_is_an_appearance_without_a_speaker"] = new(
            "Still, the lack of interest in the ferry among younger residents seemed to surprise the council.",
            "the lack of interest in the ferry among younger residents | to surprise the council", null, null)
        { Kind = QuoteKind.Indirect, Cue = "seemed", QuoteCount = 1 },

        ["It_now_seems_with_a_clause_and_no_that_has_no_speaker"] = new(
            "It now seems the mayor and the council will fight over the toll until spring.",
            "the mayor and the council will fight over the toll until spring", null, null)
        { Kind = QuoteKind.Indirect, Cue = "now seems", QuoteCount = 1 },

        ["It_seems_that_is_an_appearance_without_a_speaker"] = new(
            "After the vote, it seems that no crossing will be spared.",
            "no crossing will be spared", null, null)
        { Kind = QuoteKind.Indirect, Cue = "seems", QuoteCount = 1 },

        ["Negated_cue_is_an_attribution_with_the_negation_in_the_cue"] = new(
            "Mayor Delia Fenwick did not say whether the ferry would run in winter.",
            "whether the ferry would run in winter", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "did not say", QuoteCount = 1 },

        ["Semicolon_before_a_new_clause_ends_the_content"] = new(
            "Councillors said the timing of the fare rise was not intentional; they only learned of it on Friday.",
            "the timing of the fare rise was not intentional", "Councillors", "Councillors")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Asked_whether_is_a_question_nobody_is_named_as_asking"] = new(
            "Asked whether the ferry would run in winter, the harbour master shrugged.",
            "whether the ferry would run in winter", null, null)
        { Kind = QuoteKind.Indirect, Cue = "Asked", QuoteCount = 1 },

        ["Opening_in_a_poll_is_the_source_of_the_clause"] = new(
            "In a Northfield Gazette poll released Monday, most residents used the ferry every week.",
            "most residents used the ferry every week", "a Northfield Gazette poll", "Northfield Gazette poll")
        { Kind = QuoteKind.Indirect, Cue = "In", Type = EntityType.Document, QuoteCount = 1 },

        ["By_saying_with_a_clause_is_how_the_subject_spoke"] = new(
            "Mayor Delia Fenwick answered the petition by saying the ferry would run again by March.",
            "the ferry would run again by March", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "saying", QuoteCount = 1 },

        ["Gerund_in_an_opening_phrase_speaks_for_the_main_subject"] = new(
            "In a statement announcing the vote, the ferry union said the new timetable was a disgrace.",
            "the vote", "the ferry union", "ferry union")
        { Kind = QuoteKind.Indirect, Cue = "announcing", QuoteCount = 2 },

        ["Second_cue_in_a_subordinate_clause_keeps_its_own_content"] = new(
            "Though Councillor Ada Brennan called the fare rise unfair and called for a public inquiry, the council approved it.",
            "a public inquiry", "Councillor Ada Brennan", "Ada Brennan")
        { Kind = QuoteKind.Indirect, Cue = "called for", QuoteCount = 2 },

        ["Called_after_an_opening_phrase_is_not_postposed"] = new(
            "On Monday, the ferry union called the new timetable a disgrace.",
            "the new timetable a disgrace", "the ferry union", "ferry union")
        { Kind = QuoteKind.Indirect, Cue = "called", QuoteCount = 1 },

        ["First_name_that_is_also_a_role_noun_is_part_of_the_name"] = new(
            "Harbour Commissioner Jack Marlow said the pier would reopen in spring.",
            "the pier would reopen in spring", "Harbour Commissioner Jack Marlow", "Jack Marlow")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "Harbour Commissioner", Type = EntityType.Person, QuoteCount = 1 },

        ["Title_the_recogniser_took_into_the_name_is_split_off"] = new(
            "New Harbour Secretary Charles Marlow vowed the pier would reopen in spring.",
            "the pier would reopen in spring", "New Harbour Secretary Charles Marlow", "Charles Marlow")
        { Kind = QuoteKind.Indirect, Cue = "vowed", Title = "New Harbour Secretary", Type = EntityType.Person, QuoteCount = 1 },

        ["Role_with_a_different_adjective_is_not_that_titled_person"] = new(
            "Home Secretary Charles Marlow opened the meeting on Monday.\n\nThe foreign secretary said the talks had failed.",
            "the talks had failed", "The foreign secretary", "foreign secretary")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Honorific_name_of_a_place_is_a_person"] = new(
            "Lord Harwood of Northfield said the pier would reopen in spring.",
            "the pier would reopen in spring", "Lord Harwood of Northfield", "Lord Harwood of Northfield")
        { Kind = QuoteKind.Indirect, Cue = "said", Type = EntityType.Person, QuoteCount = 1 },

        ["Apposition_between_spaced_hyphens_gives_the_title"] = new(
            "Ada Brennan - a senior harbour commissioner - said the pier would reopen in spring.",
            "the pier would reopen in spring", "Ada Brennan - a senior harbour commissioner", "Ada Brennan")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "senior harbour commissioner", Type = EntityType.Person, QuoteCount = 1 },

        ["As_clause_with_an_object_ends_at_its_comma"] = new(
            "As the council announced its new timetable, the ferry union announced a strike had been called.",
            "its new timetable", "the council", "council")
        { Kind = QuoteKind.Indirect, Cue = "announced", QuoteCount = 2 },

        ["Interrupted_subject_keeps_its_verb_in_the_content"] = new(
            "The museum, Mayor Delia Fenwick said, celebrated several of the town's ferry captains.",
            "The museum | celebrated several of the town's ferry captains", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Second_verb_of_a_named_subject_with_an_apposition"] = new(
            "Delia Fenwick, the mayor of Northfield, toured the pier and said the ferry would run again by March.",
            "the ferry would run again by March", "Delia Fenwick, the mayor of Northfield", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Stance_verb_keeps_its_object_before_a_later_cue_word"] = new(
            "Councillor Ada Brennan attacked the harbour board for accepting the new ferry levy.",
            "the harbour board for accepting the new ferry levy", "Councillor Ada Brennan", "Ada Brennan")
        { Kind = QuoteKind.Indirect, Cue = "attacked", QuoteCount = 1 },

        ["Apposition_after_the_name_gives_the_title"] = new(
            "Hugh Hill, a doctor, said the clinic had run out of measles vaccines.",
            "the clinic had run out of measles vaccines", "Hugh Hill, a doctor", "Hugh Hill")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "doctor", Type = EntityType.Person, QuoteCount = 1 },

        ["Apposition_with_the_mayor_of_a_town_gives_the_title"] = new(
            "Delia Fenwick, the mayor of Northfield, said the ferry would run again by March.",
            "the ferry would run again by March", "Delia Fenwick, the mayor of Northfield", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Title = "mayor of Northfield", QuoteCount = 1 },

        ["Preposed_title_is_split_from_the_name"] = new(
            "Foreign Ministry spokeswoman Lin Meirong said the talks would resume next week.",
            "the talks would resume next week", "Foreign Ministry spokeswoman Lin Meirong", "Lin Meirong")
        { Kind = QuoteKind.Indirect, Title = "Foreign Ministry spokeswoman", Type = EntityType.Person, QuoteCount = 1 },

        ["Pronoun_she_resolves_to_the_woman_not_the_nearer_man"] = new(
            "Transport minister Greta Halvorsen opened the tunnel on Friday. Engineer Tobias Rennick was also there. “The tunnel is safe,” she said.",
            "The tunnel is safe", "she", "Greta Halvorsen")
        { Kind = QuoteKind.Direct, Title = "Transport minister", QuoteCount = 1 },

        ["Pronoun_he_resolves_to_the_man"] = new(
            "Transport minister Greta Halvorsen opened the tunnel on Friday. Engineer Tobias Rennick was also there. “The lights still flicker,” he said.",
            "The lights still flicker", "he", "Tobias Rennick")
        { Kind = QuoteKind.Direct, Title = "Engineer", QuoteCount = 1 },

        ["Surname_resolves_to_the_full_name_given_earlier"] = new(
            "Engineer Tobias Rennick inspected the dam on Monday. “The walls are holding,” Rennick said.",
            "The walls are holding", "Rennick", "Tobias Rennick")
        { Kind = QuoteKind.Direct, Title = "Engineer", QuoteCount = 1 },

        ["Role_noun_resolves_to_the_named_spokeswoman_later_in_the_article"] = new(
            "A government spokesperson said the border would stay closed through the winter.\n\nForeign Ministry spokeswoman Lin Meirong visited the border post on Tuesday.",
            "the border would stay closed through the winter", "A government spokesperson", "Lin Meirong")
        { Kind = QuoteKind.Indirect, Title = "Foreign Ministry spokeswoman", QuoteCount = 1 },

        ["Agency_reports_at_the_end_is_a_source_not_the_speaker"] = new(
            "Engineer Tobias Rennick said the dam would be drained in the autumn, the Associated Press reports.",
            "the dam would be drained in the autumn", "Engineer Tobias Rennick", "Tobias Rennick")
        { Kind = QuoteKind.Indirect, Sources = ["Associated Press"], QuoteCount = 1 },

        ["According_to_AP_after_the_cue_is_a_source_not_the_speaker"] = new(
            "Engineer Tobias Rennick inspected the dam on Monday. “The walls are holding,” Rennick said, according to AP.",
            "The walls are holding", "Rennick", "Tobias Rennick")
        { Kind = QuoteKind.Direct, Sources = ["Associated Press"], QuoteCount = 1 },

        ["According_to_people_after_a_quote_is_an_attribution_of_its_own"] = new(
            "“The walls are holding,” Rennick told the crew, according to two engineers at the dam.",
            "“The walls are holding,” Rennick told the crew", "two engineers at the dam", "two engineers at the dam")
        { Kind = QuoteKind.Mixed, Cue = "according to", Sources = [], QuoteCount = 2 },

        ["According_to_inside_a_parenthesis_takes_the_words_in_it"] = new(
            "The ferry carried 900 passengers a day last summer (the real number is closer to 400, according to the harbour office).",
            "the real number is closer to 400", "the harbour office", "harbour office")
        { Kind = QuoteKind.Indirect, Cue = "according to", QuoteCount = 1 },

        ["According_to_after_an_outlet_reported_is_the_speaker_and_the_outlet_its_source"] = new(
            "The Northfield Gazette reported, according to people at the meeting, the mayor tried to calm the ferry workers by promising them a raise.",
            "the mayor tried to calm the ferry workers by promising them a raise", "people at the meeting", "people at the meeting")
        { Kind = QuoteKind.Indirect, Cue = "according to", Sources = ["Northfield Gazette"], QuoteCount = 1 },

        ["According_to_between_subject_and_verb_takes_both"] = new(
            "Other big changes, according to the harbour office, include a new ferry and a second pier.",
            "Other big changes | include a new ferry and a second pier", "the harbour office", "harbour office")
        { Kind = QuoteKind.Indirect, Cue = "according to", QuoteCount = 1 },

        ["According_to_between_verb_and_object_takes_both"] = new(
            "The council receives, according to one report, $2 million a year from the port.",
            "The council receives | $2 million a year from the port", "one report", "one report")
        { Kind = QuoteKind.Indirect, Cue = "according to", QuoteCount = 1 },

        ["Asked_by_someone_on_a_day_whether_is_a_question_with_its_asker"] = new(
            "Asked by a reporter on Monday whether the ferry would run in winter, Mayor Delia Fenwick said she did not know.",
            "whether the ferry would run in winter", "a reporter", "reporter")
        { Kind = QuoteKind.Indirect, Cue = "Asked", QuoteCount = 2 },

        ["When_asked_after_a_quote_runs_to_the_end_of_the_sentence"] = new(
            "“Absolutely,” the mayor said when asked by a reporter if the bridge would reopen.",
            "if the bridge would reopen", "a reporter", "reporter")
        { Kind = QuoteKind.Indirect, Cue = "asked", QuoteCount = 2 },

        ["According_to_an_outlet_keeps_its_content_when_an_attribution_lies_deep_inside"] = new(
            "According to the Northfield Gazette, council officials looked into what would happen if the mayor announced she would not run again.",
            "council officials looked into what would happen if the mayor announced she would not run again", "the Northfield Gazette", "Northfield Gazette")
        { Kind = QuoteKind.Indirect, Cue = "According to" },

        ["Told_a_listener_and_a_clause_without_that_leaves_the_listener_out"] = new(
            "Councillor Ada Brannigan told reporters she was leaning toward the bridge plan.",
            "she was leaning toward the bridge plan", "Councillor Ada Brannigan", "Ada Brannigan")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Told_an_agency_and_a_clause_without_that_makes_it_the_source"] = new(
            "Councillor Ada Brannigan told the Associated Press the vote would be close.",
            "the vote would be close", "Councillor Ada Brannigan", "Ada Brannigan")
        { Kind = QuoteKind.Indirect, Cue = "told", Sources = ["Associated Press"], QuoteCount = 1 },

        ["Apposition_after_a_dash_is_part_of_the_speaker"] = new(
            "It was no accident — Tobias Rennick, a spokesman for the water board, told reporters that the dam had been inspected.",
            "the dam had been inspected", "Tobias Rennick, a spokesman for the water board", "Tobias Rennick")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Occasion_after_a_possessive_is_part_of_the_speaker"] = new(
            "A person familiar with the mayor's meeting says the discussion will turn to the ferry.",
            "the discussion will turn to the ferry", "A person familiar with the mayor's meeting", "person familiar with the mayor's meeting")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["One_and_another_are_speakers"] = new(
            "The tallies differ. One says the harbour has 40 berths, while another says there are about 25.",
            "there are about 25", "another", "another")
        { Kind = QuoteKind.Indirect, Cue = "says", Type = EntityType.Anonymous, QuoteCount = 2 },

        ["Postposed_told_with_a_listener_and_a_clause_of_when"] = new(
            "This is not about me, Mayor Tobias Rennick told his advisers as he worked on the speech.",
            "This is not about me", "Mayor Tobias Rennick", "Tobias Rennick")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Bare_role_in_a_headline_is_the_speaker"] = new(
            "Ferry fares will double by spring, analyst says.",
            "Ferry fares will double by spring", "analyst", "analyst")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["Restrictive_relative_clause_ending_the_sentence_is_part_of_the_speaker"] = new(
            "“The bridge is safe,” said a senior official who spoke on the condition of anonymity.",
            "The bridge is safe", "a senior official who spoke on the condition of anonymity", "senior official who spoke on the condition of anonymity")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["According_to_someone_with_a_restrictive_relative_clause"] = new(
            "The bridge will close in May, according to a harbour pilot who attended the meeting.",
            "The bridge will close in May", "a harbour pilot who attended the meeting", "harbour pilot who attended the meeting")
        { Kind = QuoteKind.Indirect, Cue = "according to", QuoteCount = 1 },

        ["Name_in_one_word_with_humps_is_an_organisation_not_debris"] = new(
            "The ferry carries 900 passengers a day, according to HarbourWatch.",
            "The ferry carries 900 passengers a day", "HarbourWatch", "HarbourWatch")
        { Kind = QuoteKind.Indirect, Cue = "according to", Type = EntityType.Organization, QuoteCount = 1 },

        ["First_name_that_is_also_a_modal_stays_in_the_name"] = new(
            "Harbour Board Chairman Will Rogers said the ferry would run all winter.",
            "the ferry would run all winter", "Harbour Board Chairman Will Rogers", "Will Rogers")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Noun_that_is_also_a_cue_after_and_stays_in_the_content"] = new(
            "The letter says the council broke federal and state law by closing the ferry.",
            "the council broke federal and state law by closing the ferry", "The letter", "letter")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["Told_a_listener_and_a_time_before_the_clause"] = new(
            "The mayor told the fishermen this weekend she would keep the harbour open.",
            "she would keep the harbour open", "The mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Told_a_long_listener_before_that"] = new(
            "He also told one of the young harbour pilots on a regular basis that the tide was his enemy.",
            "the tide was his enemy", "He", null)
        { Kind = QuoteKind.Indirect, Cue = "also told", QuoteCount = 1 },

        ["Interrupting_attribution_with_an_occasion_then_and"] = new(
            "The middle fifth paid 8.9 percent, the harbour office said in a June report, and those in the bottom fifth paid 0.8 percent.",
            "The middle fifth paid 8.9 percent | those in the bottom fifth paid 0.8 percent", "the harbour office", "harbour office")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Participle_after_a_postposed_attribution_has_its_speaker"] = new(
            "The ferry carried 900 people, the harbour office said on Monday, adding that fares would rise.",
            "fares would rise", "the harbour office", "harbour office")
        { Kind = QuoteKind.Indirect, Cue = "adding", QuoteCount = 2 },

        ["Relative_clause_with_a_cue_verb_then_an_apposition_is_part_of_the_speaker"] = new(
            "Ms. Brannigan, who helped found HarbourWatch, a group based in Northfield, said she did not support the toll.",
            "she did not support the toll", "Ms. Brannigan, who helped found HarbourWatch, a group based in Northfield", "Brannigan")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["People_with_a_list_between_dashes_speak"] = new(
            "Many speakers at the vigil — including fishermen, pilots, teachers — said the harbour had lost its heart.",
            "the harbour had lost its heart", "Many speakers at the vigil — including fishermen, pilots, teachers", "Many speakers at the vigil")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Adverb_here_before_the_cue"] = new(
            "Her campaign workers here said they had knocked on every door in the county.",
            "they had knocked on every door in the county", "Her campaign workers", "Her campaign workers")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Duration_between_cue_and_clause"] = new(
            "Fenwick has said for weeks she is the only candidate who can win the harbour ward.",
            "she is the only candidate who can win the harbour ward", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "has said", QuoteCount = 1 },

        ["People_a_poll_asked_speak"] = new(
            "Some 56 percent of fishermen polled said they would vote against the toll.",
            "they would vote against the toll", "Some 56 percent of fishermen polled", "Some 56 percent of fishermen polled")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Relative_clause_in_parentheses_after_a_name"] = new(
            "Fenwick (who has 25 delegates to date) said it is possible to win.",
            "it is possible to win", "Fenwick (who has 25 delegates to date)", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Several_occasion_phrases_between_cue_and_that"] = new(
            "Ada Brannigan said in a written statement in March that the allegations had no substance.",
            "the allegations had no substance", "Ada Brannigan", "Ada Brannigan")
        { Kind = QuoteKind.Indirect, Cue = "said in a written statement", QuoteCount = 1 },

        ["US_before_a_title_is_not_the_pronoun"] = new(
            "“The harbour is proud to cast its votes!” US Senator Wilma Kastner said.",
            "The harbour is proud to cast its votes!", "US Senator Wilma Kastner", "Wilma Kastner")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Relative_clause_inside_an_apposition_may_hold_cue_verbs"] = new(
            "Senator Bob Kessel, a harbour Republican who has met the mayor and been mentioned as a candidate, said the toll would fail.",
            "the toll would fail", "Senator Bob Kessel, a harbour Republican who has met the mayor and been mentioned as a candidate", "Bob Kessel")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Title_of_a_work_inside_an_apposition"] = new(
            "Hemsley, the co-author of “Harbour Lights,” about the history of the port, said the days of the ferry were gone.",
            "the days of the ferry were gone", "Hemsley, the co-author of “Harbour Lights,” about the history of the port", "Hemsley")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Relative_clause_with_that_inside_an_apposition"] = new(
            "Jason Sorell, the founder of a project that encourages pilots to move to Northfield, said he had seen fewer ships.",
            "he had seen fewer ships", "Jason Sorell, the founder of a project that encourages pilots to move to Northfield", "Jason Sorell")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Name_heads_an_apposition_and_a_relative_clause"] = new(
            "Murshed Zaheen, political director of HarbourWatch, which organized the letter, said the toll was unfair.",
            "the toll was unfair", "Murshed Zaheen, political director of HarbourWatch, which organized the letter", "Murshed Zaheen")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Inverted_speaker_with_a_phrase_an_apposition_and_a_relative_clause"] = new(
            "He had a say in every harbour contract, said a former spokesman for the port authority, Oleg Varnas, who also ran for mayor.",
            "He had a say in every harbour contract", "a former spokesman for the port authority, Oleg Varnas, who also ran for mayor", "Oleg Varnas")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "former spokesman for the port authority", QuoteCount = 1 },

        ["Three_apostrophes_close_a_single_then_a_double_quotation"] = new(
            "''Part of my job is to say: 'Hey, this pilot is one of us,''' Mr. Varnas said.",
            "Part of my job is to say: 'Hey, this pilot is one of us,'", "Mr. Varnas", "Varnas")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Said_of_someone_is_not_what_was_said"] = new(
            "“He is one of us,” Mr. Varnas said of the new pilot. He said he had called him.",
            "he had called him", "He", "Varnas")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["Transcript_paragraphs_with_capital_labels_are_what_each_speaker_said"] = new(
            "Mayor Delia Fenwick met the harbour pilots on Tuesday.\n\nKASTNER: Will the ferry run in winter?\n\nFENWICK: It will. The pilots have my word, and the council has the money.",
            "It will. The pilots have my word, and the council has the money", "FENWICK", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = ":", Type = EntityType.Person },

        ["One_capital_label_is_no_transcript"] = new(
            "UPDATE: The ferry will run in winter, the harbour office said.",
            "The ferry will run in winter", "the harbour office", "harbour office")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Role_of_a_number_is_a_speaker"] = new(
            "The mother of three said the ferry schedule left parents stranded.",
            "the ferry schedule left parents stranded", "The mother of three", "mother of three")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Quotation_then_a_gerund_cue_and_another_quotation"] = new(
            "The mayor said, “The bridge will hold,” adding, “The ferry will run all winter.”",
            "The ferry will run all winter", "The mayor", "mayor")
        { Kind = QuoteKind.Direct, Cue = "adding", QuoteCount = 2 },

        ["Gerund_after_an_intransitive_verb_is_its_own_attribution"] = new(
            "Mayor Delia Fenwick spoke, saying she favors a ferry that runs all winter.",
            "she favors a ferry that runs all winter", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "saying", QuoteCount = 1 },

        ["Gerund_after_a_copula_speaks_for_its_subject"] = new(
            "Fenwick is more cautious, saying she favors raising the toll from $2 to $3.",
            "she favors raising the toll from $2 to $3", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "saying", QuoteCount = 1 },

        ["Gerund_with_a_clause_after_a_quotation_is_not_inverted"] = new(
            "Mayor Delia Fenwick blamed the paper for its story that the ferry was “finished,” saying the reporters had never ridden it.",
            "the reporters had never ridden it", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "saying" },

        ["Gerund_after_a_dash_ends_the_content_before_it"] = new(
            "Fenwick dismissed the complaints — saying the pilots had chosen not to attend the meeting.",
            "the pilots had chosen not to attend the meeting", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "saying", QuoteCount = 2 },

        ["Demonstrative_after_of_inside_a_speaker"] = new(
            "One of the authors of that 2013 report, Ari Fleck, said the ferry would test their conclusions.",
            "the ferry would test their conclusions", "One of the authors of that 2013 report, Ari Fleck", "Ari Fleck")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Aside_between_dashes_before_that"] = new(
            "His campaign chairman Paul Marnie said — on Twitter, as it happens — that the ferry raised about $4 million that day.",
            "the ferry raised about $4 million that day", "His campaign chairman Paul Marnie", "Paul Marnie")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Interrupting_inverted_attribution_with_and_others"] = new(
            "The contrast with the old ferry, said Fenwick and others, would be clear to every passenger.",
            "The contrast with the old ferry | would be clear to every passenger", "Fenwick and others", "Fenwick and others")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Postposed_cue_with_a_time_and_a_show"] = new(
            "The ferry was never in danger, he said Wednesday morning on HRN’s “Harbour Hour.”",
            "The ferry was never in danger", "he", null)
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Title_case_quotation_alone_in_its_paragraph_is_a_heading"] = new(
            "“The bridge will hold,” Mayor Delia Fenwick said.\n\n‘All Bets Are Off.’\n\nEight years ago the ferry sank.",
            "The bridge will hold", "Mayor Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Writers_gloss_after_a_comma_ends_the_content"] = new(
            "The harbour office said a third of the pilots were women, a proportion that had risen in recent years.",
            "a third of the pilots were women", "The harbour office", "harbour office")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Comma_and_a_new_clause_ends_the_content_even_with_a_participle_tag"] = new(
            "Fenwick said the deal was done, and the union also stepped in with money.",
            "the deal was done", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Time_phrase_never_runs_over_a_subordinate_clause"] = new(
            "The ferry was grounded last week after the Northfield Gazette reported that its licence had expired.",
            "its licence had expired", "the Northfield Gazette", "Northfield Gazette")
        { Kind = QuoteKind.Indirect, Cue = "reported", QuoteCount = 1 },

        ["Venue_between_a_common_cue_and_its_clause"] = new(
            "Fenwick wrote in both letters she was honored to reopen the ferry.",
            "she was honored to reopen the ferry", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "wrote", QuoteCount = 1 },

        ["Apposition_opening_with_long_a"] = new(
            "The Gazette, long a critic of the toll, writes that the council has ignored the pilots.",
            "the council has ignored the pilots", "The Gazette, long a critic of the toll", "Gazette")
        { Kind = QuoteKind.Indirect, Cue = "writes", Type = EntityType.Organization, QuoteCount = 1 },

        ["Told_an_agency_and_a_pronoun_clause_makes_the_agency_the_source"] = new(
            "Fenwick told Reuters he is not planning an appeal.",
            "he is not planning an appeal", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "told", Sources = ["Reuters"], QuoteCount = 1 },

        ["Common_cue_the_tagger_reads_as_a_noun_after_a_quotation"] = new(
            "“This is strictly a business decision,” a harbour executive tells employees.",
            "This is strictly a business decision", "a harbour executive", "harbour executive")
        { Kind = QuoteKind.Direct, Cue = "tells", QuoteCount = 1 },

        ["Plural_the_tagger_reads_as_a_verb_right_before_the_cue"] = new(
            "Northfield ferry advocates say they already have promises from the council.",
            "they already have promises from the council", "Northfield ferry advocates", "Northfield ferry advocates")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Share_with_its_figure_between_commas_speaks"] = new(
            "Just over a quarter, 26 percent, say they will vote for the ferry plan.",
            "they will vote for the ferry plan", "Just over a quarter, 26 percent", "Just over a quarter")
        { Kind = QuoteKind.Indirect, Cue = "say", Type = EntityType.Group, QuoteCount = 1 },

        ["Speaker_with_a_phrase_after_a_quotation_of_several_sentences"] = new(
            "“You work hard. You pay your tolls. So why didn’t the council pay?” a narrator in the harbour ad asks.",
            "You work hard. You pay your tolls. So why didn’t the council pay?", "a narrator in the harbour ad", "narrator in the harbour ad")
        { Kind = QuoteKind.Direct, Cue = "asks", QuoteCount = 1 },

        ["Postposed_cue_with_a_trailing_phrase"] = new(
            "“Boats on the water” would be best, harbour pilot Ben Carr said after the storm.",
            "“Boats on the water” would be best", "harbour pilot Ben Carr", "Ben Carr")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["Group_with_including_between_commas_speaks"] = new(
            "Six harbour newspapers, including the Northfield Gazette, said the mayor should resign.",
            "the mayor should resign", "Six harbour newspapers, including the Northfield Gazette", "Six harbour newspapers")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Show_title_of_five_words_before_that"] = new(
            "Fenwick said on HRN's “This Week With Ada Brannigan” that she would look at the toll.",
            "she would look at the toll", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["A_current_title_beats_a_longer_former_one"] = new(
            "\"We will reopen the pier in May,\" said Mayor Elena Marsh. Marsh, a former civil engineer, added that the repairs were on budget.",
            "the repairs were on budget", "Marsh, a former civil engineer", "Elena Marsh")
        { Kind = QuoteKind.Indirect, Cue = "added", Title = "Mayor", QuoteCount = 2 },

        ["Interrupting_inverted_attribution_with_a_quotation_after_it_is_mixed"] = new(
            "The new ferry, said Fenwick and others, would be “a lifeline for the islands.”",
            "The new ferry | would be “a lifeline for the islands.”", "Fenwick and others", "Fenwick and others")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["Clause_ending_in_a_colon_before_a_quotation"] = new(
            "Councillor Ruth Amadi returned to her familiar lines in an interview on Tuesday: “The ferry is a lifeline, not a luxury.”",
            "The ferry is a lifeline, not a luxury", "Councillor Ruth Amadi", "Ruth Amadi")
        { Kind = QuoteKind.Direct, Cue = "returned to her familiar lines in an interview on Tuesday:", QuoteCount = 1 },

        ["Phrasal_cue_with_back_before_a_colon"] = new(
            "Mr. Okafor fired back: “The mayor has never taken the ferry.”",
            "The mayor has never taken the ferry", "Mr. Okafor", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "fired back:", QuoteCount = 1 },

        ["Participle_opening_the_sentence_is_not_what_the_cue_after_a_quotation_reports"] = new(
            "Bemoaning the “rigged tender,” Okafor accused the mayor of hiding the costs.",
            "the mayor of hiding the costs", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "accused", QuoteCount = 1 },

        ["Aside_between_commas_before_that"] = new(
            "The mayor continues to insist, most recently in an interview with the Northfield Gazette, that the ferry will run all winter.",
            "the ferry will run all winter", "The mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "continues to insist", QuoteCount = 1 },

        ["Poll_with_a_participle_and_a_time_before_the_cue"] = new(
            "A new Harbour Institute poll released Friday found that most riders support the toll.",
            "most riders support the toll", "A new Harbour Institute poll released Friday", "new Harbour Institute poll")
        { Kind = QuoteKind.Indirect, Cue = "found", Type = EntityType.Document, QuoteCount = 1 },

        ["Postposed_cue_with_a_time_and_a_place_before_a_gerund_cue"] = new(
            "The toll’s “excesses” are sickening, Okafor said Tuesday in Northfield, noting the mayor “makes you want to walk.”",
            "The toll’s “excesses” are sickening", "Okafor", "Okafor")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 2 },

        ["Wrote_a_letter_asking_makes_the_whole_cue"] = new(
            "Okafor wrote a letter to the council asking that the ferry run all winter.",
            "the ferry run all winter", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "wrote a letter to the council asking", QuoteCount = 1 },

        ["Irregular_intention_sought_to"] = new(
            "The mayor sought to calm riders after the vote.",
            "to calm riders after the vote", "The mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "sought", QuoteCount = 1 },

        ["Intention_with_a_doubled_consonant_planned_to"] = new(
            "Okafor planned to run the ferry all winter.",
            "to run the ferry all winter", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "planned", QuoteCount = 1 },

        ["Has_since_before_the_cue"] = new(
            "The mayor has since stressed that the ferry was never unsafe.",
            "the ferry was never unsafe", "The mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "has since stressed", QuoteCount = 1 },

        ["Document_with_a_participle_the_tagger_reads_as_past_tense"] = new(
            "The report published Tuesday showed that most ferry trips were late.",
            "most ferry trips were late", "The report published Tuesday", "report")
        { Kind = QuoteKind.Indirect, Cue = "showed", Type = EntityType.Document, QuoteCount = 1 },

        ["Inverted_speaker_with_an_apposition_and_a_which_clause"] = new(
            "The toll pays for half the repairs, said Ruth Amadi, the director of Harbour Watch, which tracks the ferry budget.",
            "The toll pays for half the repairs", "Ruth Amadi, the director of Harbour Watch", "Ruth Amadi")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "director of Harbour Watch", QuoteCount = 1 },

        ["Apposition_ending_in_a_title_with_its_comma_inside_the_marks"] = new(
            "Okafor, the host of the radio show “Harbour Hour,” said that the ferry had never been late.",
            "the ferry had never been late", "Okafor, the host of the radio show “Harbour Hour,”", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "host of the radio show “Harbour Hour”", QuoteCount = 1 },

        ["Forecast_of_a_range_after_between"] = new(
            "Economists predict between two and four more fare rises next year.",
            "between two and four more fare rises next year", "Economists", "Economists")
        { Kind = QuoteKind.Indirect, Cue = "predict", QuoteCount = 1 },

        ["Agrees_with_someone_that"] = new(
            "Okafor agrees with Fenwick that the ferry should run all winter.",
            "the ferry should run all winter", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "agrees with", QuoteCount = 1 },

        ["Document_with_a_participle_phrase_between_commas"] = new(
            "Many recent studies of the ferry toll, often conducted by comparing fares across ports, have found little evidence that the toll hurts shops.",
            "little evidence that the toll hurts shops", "Many recent studies of the ferry toll, often conducted by comparing fares across ports", "Many recent studies of the ferry toll")
        { Kind = QuoteKind.Indirect, Cue = "have found", Type = EntityType.Document, QuoteCount = 1 },

        ["Said_to_a_listener_that"] = new(
            "Okafor said to the city council that the ferry had never been late.",
            "the ferry had never been late", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Rarer_cue_to_a_listener_that"] = new(
            "Fenwick reiterated to the Northfield Gazette that the toll would stay.",
            "the toll would stay", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "reiterated", QuoteCount = 1 },

        ["Second_verb_after_a_comma_and_then"] = new(
            "Okafor paused, then revealed why the ferry had stopped.",
            "why the ferry had stopped", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "then revealed", QuoteCount = 1 },

        ["Second_verb_of_a_two_word_clause"] = new(
            "Fenwick smiled and said the ferry would run all winter.",
            "the ferry would run all winter", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Gerund_cue_opening_the_sentence_speaks_for_the_subject_after_it"] = new(
            "Noting that the ferry had lost money for years, Mayor Fenwick put the toll at $5.",
            "the ferry had lost money for years", "Mayor Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "Noting", QuoteCount = 1 },

        ["Spoke_at_a_place_on_a_day_about"] = new(
            "Fenwick spoke at the pier on Tuesday about the repairs the ferry still needed.",
            "the repairs the ferry still needed", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "spoke", QuoteCount = 1 },

        ["Put_it_before_a_quotation"] = new(
            "Fenwick put it bluntly: “The ferry will not run in January.”",
            "The ferry will not run in January", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Direct, Cue = "put it bluntly:", QuoteCount = 1 },

        ["As_someone_put_it_before_a_quotation"] = new(
            "As Ruth Amadi, a ferry captain, recently put it, “Nobody rides a ferry for the view.”",
            "Nobody rides a ferry for the view", "Ruth Amadi, a ferry captain", "Ruth Amadi")
        { Kind = QuoteKind.Direct, Cue = "recently put it", QuoteCount = 1 },

        ["Participle_clause_after_a_noun_phrase_content_is_the_writers"] = new(
            "Okafor praised the ferry crews, walking along the pier with the mayor on Tuesday.",
            "the ferry crews", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "praised", QuoteCount = 1 },

        ["Inverted_speaker_with_an_apposition_and_a_restrictive_relative"] = new(
            "The toll will rise in May, said Ruth Amadi, a harbour expert who has written two books on ferries.",
            "The toll will rise in May", "Ruth Amadi, a harbour expert who has written two books on ferries", "Ruth Amadi")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "harbour expert", QuoteCount = 1 },

        ["Apposition_with_years"] = new(
            "Arturo Salas, the port's director from 2007 to 2013, said the ferry must keep running.",
            "the ferry must keep running", "Arturo Salas, the port's director from 2007 to 2013", "Arturo Salas")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Participle_phrase_ending_in_a_quotation_before_the_cue"] = new(
            "Mr. Okafor, citing “the unique magic of the harbour,” said the ferry could run at a profit.",
            "the ferry could run at a profit", "Mr. Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Share_of_a_named_group"] = new(
            "Nine in 10 Northfield ferry riders say the toll is too high.",
            "the toll is too high", "Nine in 10 Northfield ferry riders", "Nine in 10 Northfield ferry riders")
        { Kind = QuoteKind.Indirect, Cue = "say", Type = EntityType.Group, QuoteCount = 1 },

        ["Inverted_cue_after_a_clause_with_a_cue_of_its_own"] = new(
            "The ferry, a service that the mayor hoped to expand, will stop in January, said Ruth Amadi.",
            "The ferry, a service that the mayor hoped to expand, will stop in January", "Ruth Amadi", "Ruth Amadi")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Negated_cue_before_an_indirect_question"] = new(
            "Council members have not said when they would vote on the toll.",
            "when they would vote on the toll", "Council members", "Council members")
        { Kind = QuoteKind.Indirect, Cue = "have not said", QuoteCount = 1 },

        ["Cue_the_tagger_reads_as_a_noun_before_a_clause"] = new(
            "Documents from the port's tax return show he took a massive loss.",
            "he took a massive loss", "Documents from the port's tax return", "Documents from the port's tax return")
        { Kind = QuoteKind.Indirect, Cue = "show", QuoteCount = 1 },

        ["Talked_with_an_adverb_and_a_venue_before_about"] = new(
            "She talked openly on the radio about her plans for the ferry.",
            "her plans for the ferry", "She", null)
        { Kind = QuoteKind.Indirect, Cue = "talked", QuoteCount = 1 },

        ["Speak_with_an_adverb_before_of"] = new(
            "Republican leaders speak affectionately of Okafor's gifts as an orator.",
            "Okafor's gifts as an orator", "Republican leaders", "Republican leaders")
        { Kind = QuoteKind.Indirect, Cue = "speak", QuoteCount = 1 },

        ["Postposed_cue_before_a_semicolon"] = new(
            "To win the ward, candidates probably need half the ferry vote, analysts say; in 2012, Okafor won with 27 percent.",
            "To win the ward, candidates probably need half the ferry vote", "analysts", "analysts")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Expected_to_speak_at_a_venue"] = new(
            "All three candidates are expected to speak at the harbour gala on Thursday night.",
            "All three candidates | to speak at the harbour gala on Thursday night", null, null)
        { Kind = QuoteKind.Indirect, Cue = "are expected", QuoteCount = 1 },

        ["Wants_someone_to_know"] = new(
            "Okafor wants voters to know that he is with them.",
            "voters to know that he is with them", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "wants", QuoteCount = 1 },

        ["Day_then_a_clause_whose_subject_is_a_venue_noun"] = new(
            "Okafor said on Monday the interview had been cordial.",
            "the interview had been cordial", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Title_from_an_apposition_outside_any_attribution"] = new(
            "Ruth Amadi, the city's mayor, opened the pier on Monday. She said the ferry will run all winter.",
            "the ferry will run all winter", "She", "Ruth Amadi")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "city's mayor", QuoteCount = 1 },

        ["Inverted_speaker_with_an_age_then_a_title"] = new(
            "“We will not stop,” said Ada Brook, 45, a nurse from Leeds.",
            "We will not stop", "Ada Brook, 45, a nurse from Leeds", "Ada Brook")
        { Kind = QuoteKind.Direct, Cue = "said", Title = "nurse from Leeds", QuoteCount = 1 },

        ["Told_a_programme_with_a_number_then_a_clause"] = new(
            "Ada Brook told BBC Radio 4's Today programme she would not stop.",
            "she would not stop", "Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Asked_phrase_between_commas_before_the_cue"] = new(
            "Brook, asked about the strike, said the union would decide on Friday.",
            "the union would decide on Friday", "Brook", "Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Said_in_a_letter_to_members_that"] = new(
            "Brook said in a letter to members that she would stand again.",
            "she would stand again", "Brook", "Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Source_close_to_someone_is_anonymous"] = new(
            "A source close to Brook said she would stand again.",
            "she would stand again", "A source close to Brook", "source close to Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", Type = EntityType.Anonymous, QuoteCount = 1 },

        ["According_to_a_report_in_a_paper"] = new(
            "The ferry will stop running in December, according to a report in the North Harbour Gazette.",
            "The ferry will stop running in December", "a report in the North Harbour Gazette", "report in the North Harbour Gazette")
        { Kind = QuoteKind.Indirect, Cue = "according to", Type = EntityType.Document, QuoteCount = 1 },

        ["Opening_participle_phrase_with_a_name_is_not_the_speaker"] = new(
            "Appearing alongside Mayor Ada Brook, the union leader said the strike would go ahead.",
            "the strike would go ahead", "the union leader", "union leader")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Quotation_before_a_speaker_whose_cue_has_its_own_clause"] = new(
            "As the mayor claimed that “the budget is balanced,” the auditor said the accounts were different.",
            "the budget is balanced", "the mayor", "mayor")
        { Kind = QuoteKind.Direct, Cue = "claimed", QuoteCount = 2 },

        ["That_clause_ends_before_the_next_attribution_after_a_comma"] = new(
            "Although Brook admitted to the paper that she and the mayor had “been friends for years,” she claimed they had never met in private.",
            "she and the mayor had “been friends for years", "Brook", "Brook")
        { Kind = QuoteKind.Mixed, Cue = "admitted", QuoteCount = 2 },

        ["Speaker_inside_a_relative_clause_set_off_by_commas"] = new(
            "The budget, which the mayor says is balanced, goes to the council on Monday.",
            "which | is balanced", "the mayor", "mayor")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["Speaker_inside_a_restrictive_relative_clause"] = new(
            "The council passed a rule that critics say is unfair.",
            "that | is unfair", "critics", "critics")
        { Kind = QuoteKind.Indirect, Cue = "say", Type = EntityType.Group, QuoteCount = 1 },

        ["Subject_with_a_relative_clause_ending_in_an_object_pronoun"] = new(
            "The nurses who wrote to her say they are worried about the night shifts.",
            "they are worried about the night shifts", "The nurses who wrote to her", "nurses who wrote to her")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Inverted_speaker_with_a_second_apposition_to_the_end"] = new(
            "The ferry will be late, said Ada Brook, director of the union, a group that has broken away from the federation.",
            "The ferry will be late", "Ada Brook, director of the union, a group that has broken away from the federation", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "director of the union", QuoteCount = 1 },

        ["Inverted_speaker_whose_relative_clause_holds_a_parenthesis"] = new(
            "The pier is safe, said Brook, a surveyor whose reports have kept rival firms (and the council) busy for years.",
            "The pier is safe", "Brook, a surveyor whose reports have kept rival firms (and the council) busy for years", "Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Quotation_then_speaker_whose_relative_clause_holds_a_cue"] = new(
            "“The answer is no,” Brook, who has proposed closing the pier, said at the time.",
            "The answer is no", "Brook", "Brook")
        { Kind = QuoteKind.Direct, Cue = "said" },

        ["Explained_to_a_listener_then_a_question"] = new(
            "Brook explained to the council how the pier would be rebuilt.",
            "how the pier would be rebuilt", "Brook", "Brook")
        { Kind = QuoteKind.Indirect, Cue = "explained", QuoteCount = 1 },

        ["According_to_a_bare_plural_with_phrases_to_the_end"] = new(
            "A fair rent in the harbour district is about $900 a month, according to calculations by Ada Brook of the Northern Housing Institute.",
            "A fair rent in the harbour district is about $900 a month", "calculations by Ada Brook of the Northern Housing Institute",
            "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "according to", Title = "Northern Housing Institute", QuoteCount = 1 },

        ["Speaker_apposition_with_a_sum_of_money"] = new(
            "Executives for Brook Foods, which earned more than $30 million last year, say the plant will stay open.",
            "the plant will stay open", "Executives for Brook Foods, which earned more than $30 million last year", "Executives for Brook Foods")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Postposed_cue_before_a_dash"] = new(
            "Such a move could cost the ferry its riders, the harbour board believes — riders it will need next summer.",
            "Such a move could cost the ferry its riders", "the harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, Cue = "believes", QuoteCount = 1 },

        ["Show_name_after_a_possessive_in_an_apposition_is_no_quote"] = new(
            "Ada Brook, host of Harbour TV’s “Big Day,” suggested councillor Tom Reed’s refusal to debate could cost him the race.",
            "councillor Tom Reed’s refusal to debate could cost him the race", "Ada Brook, host of Harbour TV’s “Big Day,”", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "suggested", QuoteCount = 1 },

        ["Hedged_share_with_its_figure"] = new(
            "About two-thirds, 67 percent, say they will ride the new ferry.",
            "they will ride the new ferry", "About two-thirds, 67 percent", "About two-thirds")
        { Kind = QuoteKind.Indirect, Cue = "say", Type = EntityType.Group, QuoteCount = 1 },

        ["Continuation_after_a_relative_pronoun_speaker_names_the_antecedent"] = new(
            "The ferry stopped on Monday after a warning from Ada Brook, who said the pier was unsafe.\n\n“We cannot wait for another winter.”",
            "We cannot wait for another winter", "Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Direct, IsContinuation = true, QuoteCount = 2 },

        ["Quotation_opening_inside_the_content_runs_past_the_sentence"] = new(
            "Brook said the pier is “not safe for anyone. We will close it on Monday, whatever the council says.”",
            "the pier is “not safe for anyone. We will close it on Monday, whatever the council says.”", "Brook", "Brook")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["Short_sentence_with_a_vocative_is_no_title"] = new(
            "“The council is a tough crowd,” Brook said. “That is the way it is, Nicola.”",
            "The council is a tough crowd | That is the way it is, Nicola", "Brook", "Brook")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Inverted_description_with_its_phrases_to_the_end"] = new(
            "“The ferry will not run,” said one person with knowledge of the mayor's dilemma.",
            "The ferry will not run", "one person with knowledge of the mayor's dilemma", "one person with knowledge of the mayor's dilemma")
        { Kind = QuoteKind.Direct, Cue = "said", Type = EntityType.Anonymous, QuoteCount = 1 },

        ["Inverted_speaker_with_a_compound_role_apposition"] = new(
            "“The ferry will not run,” said Ada Brook, operations director of the Northern Harbour Board.",
            "The ferry will not run", "Ada Brook, operations director of the Northern Harbour Board", "Ada Brook")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Inverted_speaker_with_an_age_and_appositions_to_the_end"] = new(
            "“The ferry will not run,” said Ada Brook, 34, a nurse from Leeds, England, who was among those polled.",
            "The ferry will not run", "Ada Brook, 34, a nurse from Leeds, England, who was among those polled", "Ada Brook")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Including_phrase_is_part_of_the_speaker_mention"] = new(
            "Several harbour pilots, including Ada Brook, have warned that the channel is silting up.",
            "the channel is silting up", "Several harbour pilots, including Ada Brook", "Several harbour pilots")
        { Kind = QuoteKind.Indirect, Cue = "have warned", Type = EntityType.Group, QuoteCount = 1 },

        ["Relative_clause_then_a_time_before_the_cue"] = new(
            "Brook, who has run the ferry for years, last week said she would vote for the budget.",
            "she would vote for the budget", "Brook, who has run the ferry for years", "Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Participle_phrase_describing_the_speaker_is_part_of_the_mention"] = new(
            "Harbour Watch, founded by former pilot Ada Brook, said the channel was silting up.",
            "the channel was silting up", "Harbour Watch, founded by former pilot Ada Brook", "Harbour Watch")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Opening_time_before_a_subject_is_not_content"] = new(
            "On Tuesday, the mayor's rivals criticized his handling of the incident.",
            "his handling of the incident", "the mayor's rivals", "mayor's rivals")
        { Kind = QuoteKind.Indirect, Cue = "criticized", QuoteCount = 1 },

        ["Inverted_speaker_whose_relative_clause_lists_with_commas"] = new(
            "Rents will keep rising, said Ada Brook, a housing expert who has written several books, papers and columns on the topic.",
            "Rents will keep rising", "Ada Brook, a housing expert who has written several books, papers and columns on the topic", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Backed_is_a_stance"] = new(
            "Most dockworkers backed the mayor's plan.",
            "the mayor's plan", "Most dockworkers", "Most dockworkers")
        { Kind = QuoteKind.Indirect, Cue = "backed", Type = EntityType.Group, QuoteCount = 1 },

        ["As_reported_by_a_paper_opens_the_sentence"] = new(
            "As reported by the Harbour Gazette, the ferry will stop running in December.",
            "the ferry will stop running in December", "the Harbour Gazette", "Harbour Gazette")
        { Kind = QuoteKind.Indirect, Cue = "As reported by", QuoteCount = 1 },

        ["Someone_is_a_plausible_speaker"] = new(
            "Then someone asked how the ferry would run in winter.",
            "how the ferry would run in winter", "someone", "someone")
        { Kind = QuoteKind.Indirect, Cue = "asked", QuoteCount = 1 },

        ["Relative_pronoun_described_as_a_quotation"] = new(
            "Two people were hurt by a fire that the mayor described as “an intentional act.”",
            "that | “an intentional act.”", "the mayor", "mayor")
        { Kind = QuoteKind.Mixed, Cue = "described as", QuoteCount = 1 },

        ["Quotation_after_a_gerund_continues_the_quote_before_it"] = new(
            "“The ferry is late again,” Brook said, noting that the pier had been closed twice. “If nobody fixes it, we will lose the winter trade.”",
            "The ferry is late again | If nobody fixes it, we will lose the winter trade", "Brook", "Brook")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 2 },

        ["Parenthetical_adverb_before_that"] = new(
            "Brook added, though, that in the end the ferry would run all winter.",
            "in the end the ferry would run all winter", "Brook", "Brook")
        { Kind = QuoteKind.Indirect, Cue = "added", QuoteCount = 1 },

        ["One_word_show_name_after_a_possessive_is_no_quote"] = new(
            "On Harbour TV’s “Tidewatch,” Ada Brook said if the council cut the subsidy the ferry would stop.",
            "if the council cut the subsidy the ferry would stop", "Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Relative_pronoun_before_a_cue_and_a_quotation_speaks"] = new(
            "The ferry office put up a notice that said, “The pier is closed until Monday.”",
            "The pier is closed until Monday", "that", "notice")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Quotation_of_two_sentences_then_the_writers_words_then_the_cue"] = new(
            "The pilots were “tired. They were not ready” for the winter season, Brook said.",
            "The pilots were “tired. They were not ready” for the winter season", "Brook", "Brook")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["According_to_a_bare_document_noun_in_a_headline"] = new(
            "Chances of a winter ferry are small, according to poll.",
            "Chances of a winter ferry are small", "poll", "poll")
        { Kind = QuoteKind.Indirect, Cue = "according to", QuoteCount = 1 },

        ["However_between_the_subject_and_the_cue"] = new(
            "Brook however said she would welcome the council's help with the pier.",
            "she would welcome the council's help with the pier", "Brook", "Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Wrote_to_a_possessive_listener_that"] = new(
            "The harbour union wrote to Brooks’ office that it would not accept the new rota.",
            "it would not accept the new rota", "The harbour union", "harbour union")
        { Kind = QuoteKind.Indirect, Cue = "wrote", QuoteCount = 1 },

        ["Inverted_speaker_familiar_with_something"] = new(
            "“The ferry will not run,” said one pilot familiar with the schedule.",
            "The ferry will not run", "one pilot familiar with the schedule", "one pilot familiar with the schedule")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Pronoun_after_a_coordinated_clause_is_the_subject"] = new(
            "Ada Brook runs the harbour. The harbour has small berths and she says the ferry will still fit.",
            "the ferry will still fit", "she", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["Subject_whose_relative_clause_ends_in_its_verb"] = new(
            "People whose homes were flooded say the council was slow to help.",
            "the council was slow to help", "People whose homes were flooded", "People whose homes were flooded")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Those_who_know_someone_say"] = new(
            "Those who know the mayor say she will not resign.",
            "she will not resign", "Those who know the mayor", "Those who know the mayor")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Most_after_and_speaks"] = new(
            "The pilots were tired, and most said they would not sail in the storm.",
            "they would not sail in the storm", "most", "most")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Long_opening_phrase_before_the_subject_of_a_gerund"] = new(
            "In the hall after the vote on Monday, the mayor's aides were also pleased, perhaps recognizing that the deal is the best they could get.",
            "the deal is the best they could get", "the mayor's aides", "mayor's aides")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Learned_cue_before_a_noun_the_lexicon_has_as_a_verb"] = new(
            "Councillor Ruth Ambler castigated the harbour board for ignoring the fears of fishermen.",
            "the harbour board for ignoring the fears of fishermen", "Councillor Ruth Ambler", "Ruth Ambler")
        { Kind = QuoteKind.Indirect, Cue = "castigated", QuoteCount = 1 },

        ["One_in_five_say"] = new(
            "One in five say the ferry is too slow.",
            "the ferry is too slow", "One in five", "One in five")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["A_share_after_and_starts_its_own_attribution"] = new(
            "Nearly a third of the pilots say they are tired, and one in four say the pay is too low.",
            "they are tired", "Nearly a third of the pilots", "Nearly a third of the pilots")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 2 },

        ["Noun_phrase_content_ends_before_during_whatever_clause_follows"] = new(
            "Mayor Ada Brook thanked the harbour pilots during a visit to the ferry terminal, where crowds gathered.",
            "the harbour pilots", "Mayor Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "thanked", QuoteCount = 1 },

        ["Noun_phrase_content_ends_before_an_as_clause"] = new(
            "The union decried the new rota as the council cuts ferry routes and the port raises fees.",
            "the new rota", "The union", "union")
        { Kind = QuoteKind.Indirect, Cue = "decried", QuoteCount = 1 },

        ["Cue_then_a_venue_with_its_occasion_then_the_quotation"] = new(
            "Senator Ruth Ambler said in an op-ed piece before a council hearing, “The ferry board failed to honour repeated requests.”",
            "The ferry board failed to honour repeated requests", "Senator Ruth Ambler", "Ruth Ambler")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Rare_lexicon_cue_the_detector_takes_after_a_quotation"] = new(
            "“Go back to your boat,” Okafor barked and a harbour guard escorted the skipper out.",
            "Go back to your boat", "Okafor", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "barked", QuoteCount = 1 },

        ["To_tell_a_listener_that_after_a_raising_verb"] = new(
            "The harbour board continues to tell itself that the ferry will pay for itself.",
            "the ferry will pay for itself", "The harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, Cue = "continues to tell", QuoteCount = 1 },

        ["Floating_quantifier_after_an_auxiliary"] = new(
            "Mayor Ada Brook and her deputy have both argued that the ferry must run.",
            "the ferry must run", "Mayor Ada Brook and her deputy", "Mayor Ada Brook and her deputy")
        { Kind = QuoteKind.Indirect, Cue = "have both argued", QuoteCount = 1 },

        ["Quantifier_with_a_relative_clause_speaks"] = new(
            "Many who know the mayor say she will stay.",
            "she will stay", "Many who know the mayor", "Many who know the mayor")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["According_to_after_a_colon_opens_its_clause"] = new(
            "And it has not gone unnoticed: According to recent counts, the ferry carries half its riders at dawn.",
            "the ferry carries half its riders at dawn", "recent counts", "recent counts")
        { Kind = QuoteKind.Indirect, Cue = "According to", QuoteCount = 1 },

        ["Noun_phrase_content_ends_before_the_venue"] = new(
            "The harbour council rejected that argument in a ruling released Thursday.",
            "that argument", "The harbour council", "harbour council")
        { Kind = QuoteKind.Indirect, Cue = "rejected", QuoteCount = 1 },

        ["Occasion_noun_after_a_noun_is_part_of_the_speaker"] = new(
            "The harbour court rejected the appeal on Friday.",
            "the appeal", "The harbour court", "harbour court")
        { Kind = QuoteKind.Indirect, Cue = "rejected", QuoteCount = 1 },

        ["Second_cue_of_the_speaker_after_and_and_an_auxiliary_ends_the_content"] = new(
            "Mayor Ada Brook criticized loopholes that benefit the ferry owners, and has called for ending the subsidy.",
            "loopholes that benefit the ferry owners", "Mayor Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "criticized", QuoteCount = 2 },

        ["Existential_there_before_a_gerund_is_no_speaker"] = new(
            "There were also emails that night showing that the harbour board knew of the leak.",
            "the harbour board knew of the leak", "emails", "emails")
        { Kind = QuoteKind.Indirect, Cue = "showing", QuoteCount = 1 },

        ["Weeks_ago_between_the_subject_and_its_cue"] = new(
            "The harbour board two weeks ago said for the first time that the pier was unsafe.",
            "the pier was unsafe", "The harbour board", "harbour board")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["Share_of_a_group_with_of_speaks"] = new(
            "Asked about the ferry, 85% of riders said it was too slow.",
            "it was too slow", "85% of riders", "85% of riders")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["Document_released_on_a_day_by_two_authors_speaks"] = new(
            "A harbour poll released Sunday by The Harbour Post and Coast Radio shows Brook ahead.",
            "Brook ahead", "A harbour poll released Sunday by The Harbour Post and Coast Radio", "harbour poll released Sunday by The Harbour Post and Coast Radio")
        { Kind = QuoteKind.Indirect, Cue = "shows", QuoteCount = 1 },

        ["Infinitive_after_the_listeners_apposition_is_what_was_asked"] = new(
            "The ferry union has asked Ada Brook, the harbour master, to close the pier.",
            "Ada Brook, the harbour master, to close the pier", "The ferry union", "ferry union")
        { Kind = QuoteKind.Indirect, Cue = "has asked", QuoteCount = 1 },

        ["Second_verb_after_comma_yet_has_the_same_subject"] = new(
            "Okafor demands answers from the harbour board, yet refuses to release his own ferry logs.",
            "to release his own ferry logs", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "refuses", QuoteCount = 2 },

        ["Is_convinced_that_is_a_stance_not_a_passive"] = new(
            "Mayor Ada Brook is convinced that the ferry will run on time.",
            "the ferry will run on time", "Mayor Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "is convinced", QuoteCount = 1 },

        ["Cue_then_a_time_phrase_without_preposition_then_the_quotation"] = new(
            "While Okafor praised the pilots, he also stated a day earlier, “If the ferry stops, the island starves.”",
            "If the ferry stops, the island starves", "he", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "also stated", QuoteCount = 2 },

        ["Cue_then_two_phrases_then_the_quotation"] = new(
            "Recently Ada Brook announced on her harbour blog, in capital letters, “The ferry is back!”",
            "The ferry is back!", "Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Direct, Cue = "announced", QuoteCount = 1 },

        ["It_said_after_a_quotation_is_the_organisation"] = new(
            "The harbour board said the pier was unsafe. “The pier will reopen in May,” it said.",
            "The pier will reopen in May", "it", "harbour board")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 2 },

        ["Inverted_cue_opening_the_sentence"] = new(
            "Said Okafor, “The ferry will not sail tonight.”",
            "The ferry will not sail tonight", "Okafor", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "Said", QuoteCount = 1 },

        ["Second_verb_of_a_relative_clause_speaks_through_its_pronoun"] = new(
            "The harbour footage has become a focal point for the pilots, who have marched to the town hall and called for the tapes to be released.",
            "the tapes to be released", "who", "pilots")
        { Kind = QuoteKind.Indirect, Cue = "called for", QuoteCount = 1 },

        ["Coordinated_cue_takes_the_subject_of_its_own_clause"] = new(
            "When the mayor mentioned the storm to me at the pier, I laughed and said the ferry would sail anyway.",
            "the ferry would sail anyway", "I", null)
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["Interrupting_cue_with_a_listener_and_a_time"] = new(
            "The difference now, Okafor told me on Friday, is that the ferry has a new captain.",
            "The difference now | is that the ferry has a new captain", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Asked_to_do_something_opens_the_sentence"] = new(
            "Asked to describe the damage to the pier, Okafor said, “Not going to go into that.”",
            "to describe the damage to the pier", null, null)
        { Kind = QuoteKind.Indirect, Cue = "Asked", QuoteCount = 2 },

        ["Was_asked_a_question_names_nobody_asking"] = new(
            "The harbour master was once asked how the old ferry would end its days.",
            "how the old ferry would end its days", null, null)
        { Kind = QuoteKind.Indirect, Cue = "was once asked", QuoteCount = 1 },

        ["Was_asked_to_do_something_names_nobody_asking"] = new(
            "The harbour master was asked to testify before the council.",
            "to testify before the council", null, null)
        { Kind = QuoteKind.Indirect, Cue = "was asked", QuoteCount = 1 },

        ["Writers_gloss_with_of_ends_the_content"] = new(
            "The union said the new rota would cut 300 jobs, a sign of growing unease among the pilots.",
            "the new rota would cut 300 jobs", "The union", "union")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Quotation_after_the_colon_is_the_cues_not_the_fragment_before"] = new(
            "Asked about the plans for “smaller ferries,” Okafor said: “I don't like what they said about it.”",
            "I don't like what they said about it", "Okafor", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "said:" },

        ["Speaker_that_is_a_list"] = new(
            "A group of 40 harbour pilots, skippers, deckhands and engineers called on the council to keep the ferry.",
            "the council to keep the ferry", "A group of 40 harbour pilots, skippers, deckhands and engineers", "group of 40 harbour pilots")
        { Kind = QuoteKind.Indirect, Cue = "called on", QuoteCount = 1 },

        ["Where_the_speaker_works_between_commas_is_part_of_the_mention"] = new(
            "Ruth Ambler, at the Harbour Research Institute, said the pier is unsafe.",
            "the pier is unsafe", "Ruth Ambler, at the Harbour Research Institute", "Ruth Ambler")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Anyone_who_knows_someone_is_a_group_not_that_someone"] = new(
            "Anyone who knows anything about Mayor Brook knows she will not give up.",
            "she will not give up", "Anyone who knows anything about Mayor Brook", "Anyone who knows anything about Mayor Brook")
        { Kind = QuoteKind.Indirect, Cue = "knows", Type = WhoSaid.Coreference.EntityType.Group, QuoteCount = 1 },

        ["Neither_nor_speakers"] = new(
            "Neither the mayor nor other officials identified the boats that were used.",
            "the boats that were used", "Neither the mayor nor other officials", "Neither the mayor nor other officials")
        { Kind = QuoteKind.Indirect, Cue = "identified", QuoteCount = 1 },

        ["Postposed_cue_with_a_venue_before_a_semicolon"] = new(
            "It was never about the ferry, her aides argued in interviews this week; rather, it was the pier.",
            "It was never about the ferry", "her aides", "her aides")
        { Kind = QuoteKind.Indirect, Cue = "argued", QuoteCount = 1 },

        ["Speaker_inside_a_relative_clause_after_an_adverb"] = new(
            "She gave her harbour speech, which even critics say was the best of her campaign.",
            "which | was the best of her campaign", "critics", "critics")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["What_someone_said_were"] = new(
            "She focused her remarks on what he said were the failures of the harbour board.",
            "what | were the failures of the harbour board", "he", null)
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Group_in_all_of_a_count_speaks"] = new(
            "Most riders in the five towns back the toll, but majorities in all five say the ferry is too slow.",
            "the ferry is too slow", "majorities in all five", "majorities in all five")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Content_opening_with_for_and_an_infinitive"] = new(
            "Harbour analysts say for the ferry to survive the council will have to double its budget.",
            "for the ferry to survive the council will have to double its budget", "Harbour analysts", "Harbour analysts")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["History_says"] = new(
            "The ferry is late again, although history says the winter timetable will hold.",
            "the winter timetable will hold", "history", "history")
        { Kind = QuoteKind.Indirect, Cue = "says", QuoteCount = 1 },

        ["Participial_parenthetical_between_speaker_and_cue"] = new(
            "The Harbour Gazette, citing council minutes, reported that the ferry will stop running in March.",
            "the ferry will stop running in March", "The Harbour Gazette", "Harbour Gazette")
        { Kind = QuoteKind.Indirect, Cue = "reported" },

        ["Infinitive_of_speech_stating_a_purpose"] = new(
            "Mayor Ellen Brandt took to the radio to say the ferry will keep running through the winter.",
            "the ferry will keep running through the winter", "Mayor Ellen Brandt", "Ellen Brandt")
        { Kind = QuoteKind.Indirect, Cue = "took to the radio to say", QuoteCount = 1 },

        ["Passive_subject_is_what_its_agent_backed"] = new(
            "The toll plan was rejected by 64 percent of the harbour riders.",
            "The toll plan", "64 percent of the harbour riders", "64 percent of the harbour riders")
        { Kind = QuoteKind.Indirect, Cue = "was rejected by", QuoteCount = 1 },

        ["Passive_relative_subject_first_reported_by"] = new(
            "The closure, which was first reported by the Harbour Gazette, will last a month.",
            "which", "the Harbour Gazette", "Harbour Gazette")
        { Kind = QuoteKind.Indirect, Cue = "was first reported by" },

        ["Pronoun_right_after_an_opening_time_phrase"] = new(
            "At the town hall on Monday she said the ferry would run all winter.",
            "the ferry would run all winter", "she", null)
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Person_with_a_phrase_then_an_apposition"] = new(
            "The deckhand of nearly four years, a registered Republican, said she was leaving the ferry service.",
            "she was leaving the ferry service", "The deckhand of nearly four years, a registered Republican", "deckhand of nearly four years")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["Role_with_a_negated_phrase_then_a_name"] = new(
            "One rider not on the council list, Kelly Marsh, told the Gazette she was leaning toward Okafor.",
            "she was leaning toward Okafor", "One rider not on the council list, Kelly Marsh", "Kelly Marsh")
        { Kind = QuoteKind.Indirect, Cue = "told", QuoteCount = 1 },

        ["Quotation_then_cue_to_its_listeners"] = new(
            "“The ferry will run all winter,” Okafor insisted to the gathered reporters, with her deputy standing behind her.",
            "The ferry will run all winter", "Okafor", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "insisted", QuoteCount = 1 },

        ["About_one_in_five_say_with_the_tagger_reading_a_noun"] = new(
            "About one in five say they would stop riding the ferry if the toll rises.",
            "they would stop riding the ferry if the toll rises", "About one in five", "About one in five")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["Object_then_and_then_the_next_subject"] = new(
            "Riders said the council mishandled the timetable and Democrats accused the mayor of stalling.",
            "the mayor of stalling", "Democrats", "Democrats")
        { Kind = QuoteKind.Indirect, Cue = "accused" },

        ["Learned_cue_before_that_is_not_blocked_by_a_cue_inside_its_content"] = new(
            "Ferry operators of both harbours have understood that it is necessary to show the riders a timetable.",
            "it is necessary to show the riders a timetable", "Ferry operators of both harbours", "Ferry operators of both harbours")
        { Kind = QuoteKind.Indirect, Cue = "have understood", QuoteCount = 1 },

        ["Together_belongs_to_the_cue_not_the_speaker"] = new(
            "The two harbour boards together vowed to keep the ferry running.",
            "to keep the ferry running", "The two harbour boards", "two harbour boards")
        { Kind = QuoteKind.Indirect, Cue = "together vowed", QuoteCount = 1 },

        ["Nominal_cue_then_copula_then_that"] = new(
            "Okafor’s response was that the ferry would run all winter.",
            "the ferry would run all winter", "Okafor’s", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "response was", QuoteCount = 1 },

        ["Nominal_cue_then_colon"] = new(
            "Their argument: Only a new pier can save the ferry service.",
            "Only a new pier can save the ferry service", "Their", null)
        { Kind = QuoteKind.Indirect, Cue = "argument:", QuoteCount = 1 },

        ["As_X_puts_it_then_a_quotation"] = new(
            "As the Gazette’s Dana Ferris puts it, \"The riders are unmoved, and the council is uninspired.\"",
            "The riders are unmoved, and the council is uninspired", "the Gazette’s Dana Ferris", "Dana Ferris")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["Cue_then_a_when_clause_then_a_quotation"] = new(
            "Okafor said in the spring, when the pier closed, “I did not know the ferry would stop.”",
            "I did not know the ferry would stop", "Okafor", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["Clause_colon_quotation_over_a_learned_cue"] = new(
            "In a radio interview, Okafor went even further: “If the council sells the pier, the ferry is finished.”",
            "If the council sells the pier, the ferry is finished", "Okafor", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "went even further:", QuoteCount = 1 },

        ["Nominal_cue_copula_colon_quotation"] = new(
            "Okafor’s response was: “Is the pier in our ward or theirs?”",
            "Is the pier in our ward or theirs?", "Okafor’s", "Okafor")
        { Kind = QuoteKind.Direct, Cue = "response was:", QuoteCount = 1 },

        ["Asked_over_a_venue_then_a_question"] = new(
            "Asked on Harbour Radio who runs the ferry board, Okafor said the mayor does.",
            "who runs the ferry board", null, null)
        { Kind = QuoteKind.Indirect, Cue = "Asked" },

        ["Noun_phrase_content_ends_before_last_week"] = new(
            "Okafor endorsed the toll plan last week in the harbour ward.",
            "the toll plan", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "endorsed", QuoteCount = 1 },

        ["Short_content_ends_before_but_and_a_new_clause"] = new(
            "Okafor is backing the mayor, but she is not predicting the mayor will win.",
            "the mayor", "Okafor", "Okafor")
        { Kind = QuoteKind.Indirect, Cue = "is backing" },

        ["Noun_phrase_content_ends_before_a_comparison"] = new(
            "Most riders opposed the toll, down from 60 percent a year ago.",
            "the toll", "Most riders", "Most riders")
        { Kind = QuoteKind.Indirect, Cue = "opposed" },

        ["A_share_after_and_ends_the_first_content"] = new(
            "Sixty percent said the ferry is reliable, and three-quarters said the same of the bus.",
            "the same of the bus", "three-quarters", "three-quarters")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["Continued_to_call_for"] = new(
            "Small groups of riders continued to call for more information about the ferry contract.",
            "more information about the ferry contract", "Small groups of riders", "Small groups of riders")
        { Kind = QuoteKind.Indirect, Cue = "continued to call for", QuoteCount = 1 },

        ["Opening_gerund_with_a_quotation_then_the_subject"] = new(
            "After saying the pier was “too rotten to stand on,” the inspector closed it for a week.",
            "the pier was “too rotten to stand on,”", "the inspector", "inspector")
        { Kind = QuoteKind.Mixed, Cue = "saying", QuoteCount = 1 },

        ["A_possessive_then_a_cue_noun_is_the_object"] = new(
            "Councillor Ada Brook denounced the mayor’s remarks.",
            "the mayor’s remarks", "Councillor Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "denounced", QuoteCount = 1 },

        ["Titled_name_of_a_place_is_the_person"] = new(
            "Representative Ada Brook of Harbourshire said the ferry would run all winter.",
            "the ferry would run all winter", "Representative Ada Brook of Harbourshire", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["A_role_of_another_party_is_not_the_named_nominee"] = new(
            "Republican mayoral nominee Ada Brook said the pier would close. The Democratic mayoral nominee said the pier would stay open.",
            "the pier would stay open", "The Democratic mayoral nominee", "Democratic mayoral nominee")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["The_president_is_not_the_vice_president"] = new(
            "Vice President Ada Brook said the pier would close. The president said the pier would stay open.",
            "the pier would stay open", "The president", "president")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["Center_for_and_commission_on_are_organisations"] = new(
            "The Harbour Center for Ferry Research said the timetable was unrealistic.",
            "the timetable was unrealistic", "The Harbour Center for Ferry Research", "Harbour Center for Ferry Research")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 1 },

        ["State_and_abbreviated_title_before_a_name"] = new(
            "New Harbour Gov. Ada Brook said the ferry would run all winter. Brook added that the pier would reopen.",
            "the ferry would run all winter", "New Harbour Gov. Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", QuoteCount = 2 },

        ["A_headline_verb_is_not_part_of_the_name"] = new(
            "Harbour Widow Dora Wells Defends Mayor\n\nDora Wells said the ferry had been her lifeline.",
            "the ferry had been her lifeline", "Dora Wells", "Dora Wells")
        { Kind = QuoteKind.Indirect, Cue = "said" },

        ["A_comparison_between_commas_is_no_title"] = new(
            "Does Okafor, like Brook, oppose the toll? “I should hope so,” Brook said.",
            "I should hope so", "Brook", "Brook")
        { Kind = QuoteKind.Direct, Cue = "said" },

        ["People_of_an_age_say"] = new(
            "Those over 60 say they would rather take the ferry.",
            "they would rather take the ferry", "Those over 60", "Those over 60")
        { Kind = QuoteKind.Indirect, Cue = "say", QuoteCount = 1 },

        ["A_role_after_a_home_state_is_the_title"] = new(
            "Ada Brook of Colorado, a Republican, said the ferry would run all winter.",
            "the ferry would run all winter", "Ada Brook of Colorado, a Republican", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "Republican", QuoteCount = 1 },

        ["A_poll_after_the_clause_is_its_source"] = new(
            "Mayor Fenwick leads the challenger by 12 points in a Northfield Gazette poll released Monday.",
            "Mayor Fenwick leads the challenger by 12 points", "a Northfield Gazette poll", "Northfield Gazette poll")
        { Kind = QuoteKind.Indirect, Cue = "in", Type = EntityType.Document, QuoteCount = 1 },

        ["A_name_and_a_colon_before_a_quotation"] = new(
            "FERRY RIDERS WANT MORE - Harbour master Ada Brook: “The winter timetable will not change.”",
            "The winter timetable will not change", "Harbour master Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["More_from_a_name_and_a_colon"] = new(
            "The ferry lost money again. More from Ada Brook: “We will need a new boat by spring.”",
            "We will need a new boat by spring", "Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["An_inverted_cue_and_a_colon"] = new(
            "The ferry lost money again. Added Brook: “We will need a new boat by spring.”",
            "We will need a new boat by spring", "Brook", "Brook")
        { Kind = QuoteKind.Direct, Cue = "Added", QuoteCount = 1 },

        ["A_rarer_verb_after_the_quotation_with_a_phrase_of_how"] = new(
            "Captain Ada Brook ran along the pier. “Is everyone off? Somebody count the children,” she yells while running to the boat.",
            "Is everyone off? Somebody count the children", "she", "Ada Brook")
        { Kind = QuoteKind.Direct, Cue = "yells", QuoteCount = 1 },

        ["A_relative_clause_in_the_subject_ends_at_the_main_verb"] = new(
            "Ada Brook, a rider who described herself as a regular, said the ferry was always late.",
            "the ferry was always late", "Ada Brook, a rider who described herself as a regular", "Ada Brook")
        { Kind = QuoteKind.Indirect, Cue = "said", Title = "rider", QuoteCount = 2 },

        ["A_day_between_the_cue_and_the_clause"] = new(
            "The harbour police said Tuesday the ferry had run aground twice.",
            "the ferry had run aground twice", "The harbour police", "harbour police")
        { Kind = QuoteKind.Indirect, QuoteCount = 1 },

        ["An_adverb_of_manner_after_the_cue_is_part_of_it"] = new(
            "Mayor Fenwick said repeatedly that the ferry would run all winter.",
            "the ferry would run all winter", "Mayor Fenwick", "Fenwick")
        { Kind = QuoteKind.Indirect, Cue = "said repeatedly", QuoteCount = 1 },

        ["A_relative_clause_after_the_cue_stays_in_the_mention"] = new(
            "“The toll is too high,” said Tom Okafor, who said he takes the ferry every day.",
            "The toll is too high", "Tom Okafor, who said he takes the ferry every day", "Tom Okafor")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 2 },

        ["A_count_before_a_cue_read_as_a_participle"] = new(
            "Asked about the night ferry, the mother of three replied, “It is meant for the shift workers.”",
            "It is meant for the shift workers", "the mother of three", "mother of three")
        { Kind = QuoteKind.Direct, Cue = "replied", QuoteCount = 2 },

        ["It_with_an_adverb_after_a_quotation"] = new(
            "The Gazette praised the mayor. “But since then, her fortunes have changed. She still runs the ferry,” it further wrote.",
            "But since then, her fortunes have changed. She still runs the ferry", "it", "Gazette")
        { Kind = QuoteKind.Direct, QuoteCount = 2 },

        ["A_surname_spelt_like_a_modal"] = new(
            "Home Secretary Ada May said the night ferry would run late.",
            "the night ferry would run late", "Home Secretary Ada May", "Ada May")
        { Cue = "said", Title = "Home Secretary" },

        ["A_courtesy_title_before_a_surname_spelt_like_a_modal"] = new(
            "Mrs May said the night ferry would run late.",
            "the night ferry would run late", "Mrs May", "May")
        { Cue = "said" },

        ["A_surname_spelt_like_a_modal_before_a_past_tense"] = new(
            "Ada May opened the pier. May added that the night ferry would run late.",
            "the night ferry would run late", "May", "Ada May")
        { Cue = "added" },

        ["A_pronoun_after_a_surname_spelt_like_a_modal"] = new(
            "Senator Delia Okafor toured the pier. Ada May, 60, a ferry pilot, said she was proud. She said the night ferry would run late.",
            "the night ferry would run late", "She", "Ada May")
        { Cue = "said", QuoteCount = 2 },

        ["The_modal_before_a_cue_stays_in_the_verb_group"] = new(
            "Crews may say the night ferry is late.",
            "the night ferry is late", "Crews", "Crews")
        { Cue = "may say" },

        ["More_likely_to_say_is_in_the_cue"] = new(
            "Ferry riders in Northfield were more likely to say the night service should stay.",
            "the night service should stay", "Ferry riders in Northfield", "Ferry riders in Northfield")
        { Cue = "were more likely to say" },

        ["Unlikely_to_is_in_the_cue"] = new(
            "The harbour board is unlikely to say whether the night service will stay.",
            "whether the night service will stay", "The harbour board", "harbour board")
        { Cue = "is unlikely to say" },

        ["Went_on_to_raises_a_cue"] = new(
            "Mayor Ada Brook praised the crews. She went on to call the ferry “the slowest boat in the county.”",
            "the ferry “the slowest boat in the county.”", "She", "Ada Brook")
        { Kind = QuoteKind.Mixed, Cue = "went on to call" },

        ["A_quote_after_an_unclosed_one_keeps_its_own_speaker"] = new(
            "Brook added: \"We have done it before. Quill is likely to steer the ferry. Pilot Ada Marsh said: \"The tide is an option.\"",
            "The tide is an option", "Pilot Ada Marsh", "Ada Marsh")
        { Kind = QuoteKind.Direct, Cue = "said:", QuoteCount = 2 },

        ["A_name_after_its_committee"] = new(
            "Chairman of the Harbour Audit Committee Peter Quill said: “The timetable is an alarming example of disjointed thinking.”",
            "The timetable is an alarming example of disjointed thinking", "Chairman of the Harbour Audit Committee Peter Quill", "Peter Quill")
        { Kind = QuoteKind.Direct, Title = "Chairman of the Harbour Audit Committee" },

        ["A_postnominal_is_a_title"] = new(
            "Ada Brook MP said the night ferry would stay.",
            "the night ferry would stay", "Ada Brook MP", "Ada Brook")
        { Title = "MP" },

        ["A_common_noun_with_a_whose_clause"] = new(
            "The pilot, whose ferries include the Northfield Star, said the night service would stay.",
            "the night service would stay", "The pilot, whose ferries include the Northfield Star", "pilot"),

        ["And_inside_a_title_before_one_name"] = new(
            "Trade and Harbour Secretary Ada Brook said the night ferry would stay.",
            "the night ferry would stay", "Trade and Harbour Secretary Ada Brook", "Ada Brook")
        { Title = "Trade and Harbour Secretary" },

        ["Two_titled_names_are_a_group"] = new(
            "Mr. Quill and Harbour Secretary Ada Brook said the night ferry would stay.",
            "the night ferry would stay", "Mr. Quill and Harbour Secretary Ada Brook", "Mr. Quill and Harbour Secretary Ada Brook"),

        ["An_acronym_after_the_article_opening_a_sentence"] = new(
            "The NFA said the night ferry would stay.",
            "the night ferry would stay", "The NFA", "NFA"),

        ["A_year_that_names_a_survey_is_no_time"] = new(
            "But figures from the 2014 Harbour Survey show that ferry use fell by a third.",
            "ferry use fell by a third", "figures from the 2014 Harbour Survey", "figures from the 2014 Harbour Survey"),

        ["A_document_noun_opening_a_sentence_keeps_its_source"] = new(
            "Data from the 2014 Harbour Survey show that ferry use fell by a third.",
            "ferry use fell by a third", "Data from the 2014 Harbour Survey", "Data from the 2014 Harbour Survey")
        { Type = EntityType.Document },

        ["A_year_between_speaker_and_cue_is_a_time"] = new(
            "Mayor Ada Brook in 2014 said the night ferry would stay.",
            "the night ferry would stay", "Mayor Ada Brook", "Ada Brook"),

        ["A_noun_in_ly_is_no_adverb"] = new(
            "Pilots at the rally said the night ferry would stay.",
            "the night ferry would stay", "Pilots", "Pilots"),

        ["A_family_in_ly_speaks"] = new(
            "The pilot's family said the night ferry would stay.",
            "the night ferry would stay", "The pilot's family", "pilot's family"),

        ["A_participle_phrase_inside_the_subject"] = new(
            "Many pilots involved in the strike said the night ferry would stay.",
            "the night ferry would stay", "Many pilots involved in the strike", "Many pilots involved in the strike"),

        ["A_quoted_object_inside_a_clause_after_said"] = new(
            "Pilots said they want “a fair deal for the night crews,” but pledged to keep the ferry running.",
            "they want “a fair deal for the night crews,”", "Pilots", "Pilots")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 2 },

        ["The_average_shows"] = new(
            "The Gazette's average shows the mayor ahead by four points.",
            "the mayor ahead by four points", "The Gazette's average", "Gazette's average")
        { Cue = "shows", Type = EntityType.Document },

        ["An_adverb_before_a_participle_inside_a_postposed_source"] = new(
            "Ferry use fell by a third last year, a Gazette analysis of newly filed harbour reports shows.",
            "Ferry use fell by a third last year", "a Gazette analysis of newly filed harbour reports", "Gazette analysis of newly filed harbour reports")
        { Cue = "shows" },

        ["A_peer_s_honorific_is_not_part_of_a_longer_title"] = new(
            "Former harbour master Lord Quillfeather said the night ferry would stay.",
            "the night ferry would stay", "Former harbour master Lord Quillfeather", "Lord Quillfeather")
        { Title = "Former harbour master" },

        ["A_name_never_opens_with_the_indefinite_article"] = new(
            "A Labour MP said the night ferry would stay.",
            "the night ferry would stay", "A Labour MP", "Labour MP"),

        ["A_body_s_name_is_not_its_leader"] = new(
            "Tide Center director Ada Brook opened the pier. The Tide Center said the toll would stay.",
            "the toll would stay", "The Tide Center", "Tide Center")
        { Type = EntityType.Organization },

        ["A_party_and_MP_before_a_name_are_its_title"] = new(
            "Tory MP Ada Brook said the night ferry would stay.",
            "the night ferry would stay", "Tory MP Ada Brook", "Ada Brook")
        { Title = "Tory MP" },

        ["A_party_label_before_a_first_name_is_no_part_of_the_name"] = new(
            "Lib Dem Tom Quill said the night ferry would stay.",
            "the night ferry would stay", "Lib Dem Tom Quill", "Tom Quill"),

        ["An_article_after_the_listener_opens_the_content"] = new(
            "Ada Brook told the Gazette the night ferry would stay.",
            "the night ferry would stay", "Ada Brook", "Ada Brook")
        { Cue = "told" },

        ["A_day_with_a_possessive_opens_the_content"] = new(
            "Harbour master Ada Brook believes Saturday's regatta will be a scrappy affair.",
            "Saturday's regatta will be a scrappy affair", "Harbour master Ada Brook", "Ada Brook")
        { Cue = "believes" },

        ["A_name_and_others_speak_together"] = new(
            "Brook and others said the night ferry would stay.",
            "the night ferry would stay", "Brook and others", "Brook and others"),

        ["Across_a_place_inside_the_subject"] = new(
            "Ferry pilots across the four harbours said the night service would stay.",
            "the night service would stay", "Ferry pilots across the four harbours", "Ferry pilots across the four harbours"),

        ["A_title_that_is_also_a_first_name_inside_a_longer_title"] = new(
            "Tory Shadow Chancellor Oliver Quillfeather said the night ferry would stay.",
            "the night ferry would stay", "Tory Shadow Chancellor Oliver Quillfeather", "Oliver Quillfeather")
        { Title = "Tory Shadow Chancellor" },

        ["An_inverted_cue_inside_a_sentence_with_a_clause_after_it"] = new(
            "Often, said Mr Quill, this harbour information was invisible because it got deleted as drafts changed.",
            "Often | this harbour information was invisible because it got deleted as drafts changed", "Mr Quill", "Quill")
        { Cue = "said" },

        ["A_long_apposition_in_parentheses_before_the_cue"] = new(
            "Pilot Ada Brook (a harbour veteran so calm she has been mistaken for a ferry passenger) says the night service will stay.",
            "the night service will stay", "Pilot Ada Brook (a harbour veteran so calm she has been mistaken for a ferry passenger)", "Ada Brook")
        { Cue = "says" },

        ["A_second_verb_of_the_content_clause_stays_in_the_content"] = new(
            "Harbour police say the skipper ignored the warning and refused to drop anchor.",
            "the skipper ignored the warning and refused to drop anchor", "Harbour police", "Harbour police")
        { Cue = "say" },

        ["A_second_verb_in_the_content_tense_stays_in_the_content"] = new(
            "The ferry captains said they are fine with the timetable but want the night service kept.",
            "they are fine with the timetable but want the night service kept", "The ferry captains", "ferry captains")
        { Cue = "said" },

        ["A_second_act_of_the_speaker_ends_the_content"] = new(
            "The harbour master acknowledged that the pier has taken paid moorings but declined to give a list of boats.",
            "the pier has taken paid moorings", "The harbour master", "harbour master")
        { Cue = "acknowledged", QuoteCount = 2 },

        ["A_message_noun_after_a_light_verb_is_part_of_the_cue"] = new(
            "The ferry captains have raised alarms about how old the night boats are.",
            "how old the night boats are", "The ferry captains", "ferry captains")
        { Cue = "have raised alarms about" },

        ["A_message_noun_after_a_verb_of_speech_is_the_content"] = new(
            "Mayor Ada Brook announced her support for the harbour tunnel.",
            "her support for the harbour tunnel", "Mayor Ada Brook", "Ada Brook")
        { Cue = "announced" },

        ["A_verb_of_aspect_before_a_gerund_cue_is_part_of_it"] = new(
            "Then the harbour master began dismissing the notion that the pier was unsafe.",
            "the notion that the pier was unsafe", "the harbour master", "harbour master")
        { Cue = "began dismissing" },

        ["A_gerund_after_an_issued_statement_speaks_for_the_issuer_not_the_weekday"] = new(
            "The harbour board issued a statement Tuesday saying, “We will not close the pier.”",
            "We will not close the pier", "The harbour board", "harbour board")
        { Kind = QuoteKind.Direct, Cue = "issued a statement Tuesday saying" },

        ["A_gerund_after_a_released_statement_is_the_cue_not_the_release"] = new(
            "The ferry union released a statement saying the strike would go on.",
            "the strike would go on", "The ferry union", "ferry union")
        { Cue = "released a statement saying", QuoteCount = 1 },

        ["A_gerund_after_a_sent_email_speaks_for_the_sender"] = new(
            "The ferry union sent an email to its members saying: “The strike goes on.”",
            "The strike goes on", "The ferry union", "ferry union")
        { Kind = QuoteKind.Direct, Cue = "sent an email to its members saying:" },

        ["A_gerund_after_the_listener_of_to_speaks_for_the_subject"] = new(
            "The ferry union wrote to its members saying: “The strike goes on.”",
            "The strike goes on", "The ferry union", "ferry union")
        { Kind = QuoteKind.Direct, Cue = "saying:" },

        ["A_verb_whose_purpose_the_cue_states_makes_it_an_attribution"] = new(
            "Ramos used his acceptance speech to call for the resignation of the harbour master.",
            "the resignation of the harbour master", "Ramos", "Ramos")
        { Cue = "used his acceptance speech to call for" },

        ["Expected_to_discuss_is_an_expectation_with_no_speaker"] = new(
            "The harbour leaders were expected to discuss the ferry strike.",
            "The harbour leaders | to discuss the ferry strike", null, null)
        { Cue = "were expected" },

        ["A_semicolon_before_a_long_subject_and_its_verb_ends_the_content"] = new(
            "Half of the riders said the fares were too high; 29 percent (and 43 percent of commuters) said the ferry was late.",
            "the fares were too high", "Half of the riders", "Half of the riders")
        { Cue = "said" },

        ["A_finite_cue_after_a_comma_ends_the_content"] = new(
            "The mayor pledged to keep the night ferry and cast doubt on the toll figures, suggested that the pier would reopen by May.",
            "to keep the night ferry and cast doubt on the toll figures", "The mayor", "mayor")
        { Cue = "pledged" },

        ["An_adverb_there_after_the_speaker_is_skipped"] = new(
            "Polls there show the mayor is trailing the harbour master.",
            "the mayor is trailing the harbour master", "Polls", "Polls")
        { Cue = "show" },

        ["A_second_verb_reporting_a_clause_of_its_own_ends_the_content"] = new(
            "Mr Brook said the aim was to keep the night ferry and hinted that a new pier was likely.",
            "the aim was to keep the night ferry", "Mr Brook", "Brook")
        { Cue = "said", QuoteCount = 2 },

        ["A_participle_after_has_said_is_the_speakers_next_act"] = new(
            "Mr Brook has repeatedly said the toll was key to the budget and dismissed claims of a rift.",
            "the toll was key to the budget", "Mr Brook", "Brook")
        { Cue = "has repeatedly said", QuoteCount = 2 },

        ["A_finite_cue_after_an_apposition_stays_in_the_content"] = new(
            "But Mr Brook denied Mr Quill, his harbour spokesman, said the plans were dead.",
            "Mr Quill, his harbour spokesman, said the plans were dead", "Mr Brook", "Brook")
        { Cue = "denied" },

        ["A_participle_with_by_after_those_belongs_to_the_speaker"] = new(
            "Families of those affected by harbour floods urged the senator to apologize.",
            "the senator to apologize", "Families of those affected by harbour floods", "Families of those affected by harbour floods")
        { Cue = "urged" },

        ["A_state_after_its_town_in_an_apposition_names_no_one"] = new(
            "Ada Brook, 75, a retiree in Carthage, Ill., said the ferry was late again.",
            "the ferry was late again", "Ada Brook, 75, a retiree in Carthage, Ill.", "Ada Brook")
        { Cue = "said" },

        ["A_long_time_and_venue_phrase_before_that_is_skipped"] = new(
            "Ada Brook said Thursday during a taping of a town hall meeting in Carthage, Illinois, that the ferry is too slow for commuters.",
            "the ferry is too slow for commuters", "Ada Brook", "Ada Brook")
        { Cue = "said" },

        ["A_relative_aside_before_that_is_skipped"] = new(
            "Ada Brook said on the radio, where she now hosts a weekly show, that the ferry is too slow for commuters.",
            "the ferry is too slow for commuters", "Ada Brook", "Ada Brook")
        { Cue = "said" },

        ["A_glossing_noun_and_its_relative_end_the_content"] = new(
            "Ada Brook once called herself a ferry skeptic, views that she has since abandoned.",
            "herself a ferry skeptic", "Ada Brook", "Ada Brook")
        { Cue = "once called" },

        ["A_new_subject_and_verb_end_an_object_content"] = new(
            "The mayor spared the harbour master, calling him a “decent man” and he did not mention the pilots at all.",
            "him a “decent man”", "The mayor", "mayor")
        { Cue = "calling" },

        ["A_coordinated_gerund_cue_ends_a_two_word_content"] = new(
            "The mayor opened the session with harsh words about the ferry company, calling them crooks and vowing to cancel the harbour contract.",
            "them crooks", "The mayor", "mayor")
        { Cue = "calling", QuoteCount = 2 },

        ["A_coordinated_gerund_after_a_gerund_cue_object_ends_it"] = new(
            "The harbour board met on Friday, praising the pilots and visiting the new ferry terminal in the afternoon.",
            "the pilots", "The harbour board", "harbour board")
        { Cue = "praising" },

        ["A_subject_and_gerund_after_a_gerund_cue_object_end_it"] = new(
            "The union backed the mayor, with the dockworkers calling her “the champion the harbour needs” and its chairman hugging her on stage.",
            "her “the champion the harbour needs”", "the dockworkers", "dockworkers")
        { Cue = "calling" },

        ["A_gerund_inside_the_object_keeps_its_coordinated_gerund"] = new(
            "Ada Brook is proposing harbour projects like dredging the channel by 2030 and giving the towns money for new piers.",
            "harbour projects like dredging the channel by 2030 and giving the towns money for new piers", "Ada Brook", "Ada Brook")
        { Cue = "is proposing" },

        ["Hopes_before_a_clause_is_a_cue"] = new(
            "Ada Brook, a harbour pilot who is running for the council, hopes Carthage will vote for a faster ferry.",
            "Carthage will vote for a faster ferry", "Ada Brook, a harbour pilot who is running for the council", "Ada Brook")
        { Cue = "hopes" },

        ["A_refused_sentence_final_attribution_keeps_the_inner_one"] = new(
            "Brook also said the ferry logs do not show whether the pilot had slept, which she said was his right under the rules, the records showed.",
            "the ferry logs do not show whether the pilot had slept", "Brook", "Brook")
        { Cue = "also said" },

        ["A_quotation_ending_a_relative_clause_ends_the_content"] = new(
            "The ferry timetable, which Ada Brook called “a work of fiction,” was dropped on Monday.",
            "a work of fiction", "Ada Brook", "Ada Brook")
        { Cue = "called", Kind = QuoteKind.Direct },

        ["A_finite_verb_after_an_object_content_ends_it"] = new(
            "Mayor Fenwick blasted Brook and defended the harbour pilots in an interview on Monday.",
            "Brook", "Mayor Fenwick", "Fenwick")
        { Cue = "blasted", QuoteCount = 2 },

        ["A_passive_after_an_object_content_ends_it"] = new(
            "Ada Brook claimed self-defense and was acquitted of all charges the following year.",
            "self-defense", "Ada Brook", "Ada Brook")
        { Cue = "claimed" },

        ["A_new_subject_after_a_clause_content_stays_in_it"] = new(
            "The mayor said the ferry figures were heartening but she would not rest until every crossing ran on time.",
            "the ferry figures were heartening but she would not rest until every crossing ran on time", "The mayor", "mayor")
        { Cue = "said" },

        ["A_new_subject_after_a_quotation_in_a_clause_content_stays_in_it"] = new(
            "Mr Brook insisted his harbour plans were \"affordable\" and he could afford to be optimistic about the ferry.",
            "his harbour plans were \"affordable\" and he could afford to be optimistic about the ferry", "Mr Brook", "Brook")
        { Cue = "insisted" },

        ["An_adverb_is_no_part_of_an_absolute_speaker"] = new(
            "The council met on Friday, with the mayor hastily adding a seventh pier to the harbour list.",
            "a seventh pier to the harbour list", "the mayor", "mayor")
        { Cue = "hastily adding" },

        ["An_absolute_with_and_its_gerund_end_the_content"] = new(
            "The two councillors are questioning each other's fitness to lead, with Ada Brook now pressing her attack on the ferry budget.",
            "each other's fitness to lead", "The two councillors", "two councillors")
        { Cue = "are questioning" },

        ["A_figure_with_its_gerund_stays_in_a_poll_content"] = new(
            "A harbour poll found strong support for the ferry, with 78 percent of commuters backing a second boat.",
            "strong support for the ferry, with 78 percent of commuters backing a second boat", "A harbour poll", "harbour poll")
        { Cue = "found" },

        ["A_name_and_others_with_a_relative_clause_speak"] = new(
            "Brook and others who oppose the toll said the ruling will make the ferry vote even more stark.",
            "the ruling will make the ferry vote even more stark", "Brook and others who oppose the toll", "Brook and others who oppose the toll")
        { Cue = "said" },

        ["An_object_it_in_the_subject_is_no_speaker"] = new(
            "Brook and others who oppose it said the ruling will make the ferry vote even more stark.",
            "the ruling will make the ferry vote even more stark", "Brook and others who oppose it", "Brook and others who oppose it")
        { Cue = "said" },

        ["A_reporting_verb_after_a_relative_clause_object_is_the_main_verb"] = new(
            "People who oppose the ferry toll said the ruling was wrong.",
            "the ruling was wrong", "People who oppose the ferry toll", "People who oppose the ferry toll")
        { Cue = "said" },

        ["It_after_a_cue_verb_is_still_a_subject"] = new(
            "The harbour board, which disputes the figures, has also signalled it wants to press ahead with the new pier.",
            "to press ahead with the new pier", "it", "harbour board")
        { Cue = "wants" },

        ["Made_it_clear_to_a_listener_is_a_cue"] = new(
            "Harbour Commissioner Nora Phelps made it clear to the ferry operators on Monday that the old pier would close in June.",
            "the old pier would close in June", "Harbour Commissioner Nora Phelps", "Nora Phelps")
        { Cue = "made it clear" },

        ["Made_the_case_that_is_a_cue"] = new(
            "The boatmen's union has made the case that the toll punishes night workers.",
            "the toll punishes night workers", "The boatmen's union", "boatmen's union")
        { Cue = "has made the case" },

        ["Made_a_plea_for_is_a_cue"] = new(
            "Mayor Alan Whitby made a plea for calm after the second ferry strike.",
            "calm", "Mayor Alan Whitby", "Alan Whitby")
        { Cue = "made a plea for" },

        ["A_one_word_object_ends_before_but_and_a_verb"] = new(
            "The ferry captain supports Whitby but is not working for his campaign.",
            "Whitby", "The ferry captain", "ferry captain")
        { Cue = "supports" },

        ["A_subordinate_clause_after_an_infinitive_content_is_the_writers"] = new(
            "Councillor Ada Brent refused to speak to reporters as she left the harbour office on Monday.",
            "to speak to reporters", "Councillor Ada Brent", "Ada Brent")
        { Cue = "refused" },

        ["A_listener_named_with_and_is_skipped_before_that"] = new(
            "Captain Ruth Okafor told the Harbour and Ferry Gazette on Saturday that the night crossing would resume.",
            "the night crossing would resume", "Captain Ruth Okafor", "Ruth Okafor")
        { Cue = "told" },

        ["A_relative_clause_at_the_sentence_end_keeps_its_list"] = new(
            "The council will renew the Harbour Act, which outlines fishing, ferry and shipping rules for the bay.",
            "fishing, ferry and shipping rules for the bay", "which", "Harbour Act")
        { Cue = "outlines" },

        ["A_concessive_aside_inside_a_noun_phrase_does_not_end_the_content"] = new(
            "The pilot said the new ferry could win over traditionally loyal, though deeply sceptical, villages of the bay.",
            "the new ferry could win over traditionally loyal, though deeply sceptical, villages of the bay", "The pilot", "pilot")
        { Cue = "said" },

        ["A_progressive_after_a_contracted_be_is_the_pronouns_verb"] = new(
            "Mayor Ann Dayton is backing the ferry plan, but she's not predicting the council will pass it.",
            "the council will pass it", "she", "Ann Dayton")
        { Cue = "'s not predicting" },

        ["A_group_interrupting_a_named_subject_is_the_speaker"] = new(
            "Mayor Ann Dayton, officials said, has become increasingly sceptical about the ferry plan.",
            "Mayor Ann Dayton | has become increasingly sceptical about the ferry plan", "officials", "officials")
        { Cue = "said" },

        ["The_object_of_a_causative_verb_does_the_cue"] = new(
            "The storm prompted Mayor Ann Dayton to warn that the pier could collapse.",
            "the pier could collapse", "Mayor Ann Dayton", "Ann Dayton")
        { Cue = "warn" },

        ["A_verb_the_detector_is_less_sure_of_speaks_for_someone"] = new(
            "Mayor Ann Dayton has already ruled out taking part in a televised debate before the ferry vote.",
            "taking part in a televised debate before the ferry vote", "Mayor Ann Dayton", "Ann Dayton")
        { Cue = "has already ruled out" },

        ["A_subject_keeps_two_phrases_joined_by_and"] = new(
            "Voters in Ohio and around the country say the ferry toll matters most.",
            "the ferry toll matters most", "Voters in Ohio and around the country", "Voters in Ohio and around the country")
        { Cue = "say" },

        ["A_relative_pronoun_object_is_not_part_of_the_speaker"] = new(
            "The toll, which the harbour's chief engineer, Ruth Okafor, called \"a tax on night workers,\" was dropped on Monday.",
            "a tax on night workers", "the harbour's chief engineer, Ruth Okafor", "Ruth Okafor")
        { Cue = "called" },

        ["Expected_after_a_relative_pronoun_is_the_pronoun_and_its_clause"] = new(
            "The new timetable, which is widely expected to start on March 4, covers ten crossings.",
            "which | to start on March 4", null, null)
        { Cue = "is widely expected", QuoteCount = 1 },

        ["Expected_to_and_a_verb_the_tagger_reads_as_a_noun"] = new(
            "The harbour board is expected to inject over $20 million into the crossing.",
            "The harbour board | to inject over $20 million into the crossing", null, null)
        { Cue = "is expected", QuoteCount = 1 },

        ["Expected_to_after_a_phrase_between_commas"] = new(
            "The harbour board, under growing pressure, is expected to publish the accounts.",
            "The harbour board, under growing pressure | to publish the accounts", null, null)
        { Cue = "is expected", QuoteCount = 1 },

        ["According_to_a_bare_noun_phrase_inside_a_parenthesis"] = new(
            "Coastal towns like Dunmore (93 percent of ferry users there were commuters, according to exit surveys) top the list.",
            "93 percent of ferry users there were commuters", "exit surveys", "exit surveys")
        { Cue = "according to", QuoteCount = 1 },

        ["A_comparison_after_the_content_is_the_writers"] = new(
            "Ferry users said they wanted a later sailing, compared with four in 10 who said they preferred an earlier one.",
            "they wanted a later sailing", "Ferry users", "Ferry users")
        { Cue = "said" },

        ["A_new_clause_after_a_one_word_object_ends_it"] = new(
            "Mayor Ann Dayton blasted Quimby, and Quimby hit back on Friday.",
            "Quimby", "Mayor Ann Dayton", "Ann Dayton")
        { Cue = "blasted", QuoteCount = 1 },

        ["A_semicolon_after_a_one_word_object_ends_it"] = new(
            "Councillor Brennan opposed it; the newspapers criticised it.",
            "it", "Councillor Brennan", "Brennan")
        { Cue = "opposed" },

        ["A_percent_sign_ends_the_content_with_its_number"] = new(
            "Mayor Ann Dayton said ferry fares would rise by 4.5%, and the council had expected less.",
            "ferry fares would rise by 4.5%", "Mayor Ann Dayton", "Ann Dayton")
        { Cue = "said" },

        ["At_least_and_a_number_is_a_count_not_a_venue"] = new(
            "Harbour officials said at least 116 passengers were stranded by the storm.",
            "at least 116 passengers were stranded by the storm", "Harbour officials", "Harbour officials")
        { Cue = "said", QuoteCount = 1 },

        ["A_plural_noun_before_a_past_tense_cue_is_its_subject"] = new(
            "Early reports suggested the ferry crew used ropes to rescue the passengers.",
            "the ferry crew used ropes to rescue the passengers", "Early reports", "Early reports")
        { Cue = "suggested", QuoteCount = 1 },

        ["A_clause_after_a_time_phrase_and_a_comma_is_what_was_said"] = new(
            "Local officials said on Saturday, about 20 boats sank in the harbour.",
            "about 20 boats sank in the harbour", "Local officials", "Local officials")
        { Cue = "said", QuoteCount = 1 },

        ["A_statement_issued_at_a_venue_is_its_issuers"] = new(
            "Mayor Ann Dayton issued a statement at the ferry terminal outside Dunmore, Kent saying, \"The pier will be rebuilt.\"",
            "The pier will be rebuilt", "Mayor Ann Dayton", "Ann Dayton")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["A_gerund_then_a_time_phrase_then_a_quotation_is_direct"] = new(
            "Mayor Ann Dayton has yet to concede, saying earlier in the morning, \"I WON THIS VOTE!\" on the radio.",
            "I WON THIS VOTE!", "Mayor Ann Dayton", "Ann Dayton")
        { Kind = QuoteKind.Direct, Cue = "saying", QuoteCount = 1 },

        ["A_venue_after_a_quotation_leaves_it_direct"] = new(
            "Mayor Ann Dayton said, \"The pier will be rebuilt!\" on the radio on Saturday.",
            "The pier will be rebuilt!", "Mayor Ann Dayton", "Ann Dayton")
        { Kind = QuoteKind.Direct, Cue = "said", QuoteCount = 1 },

        ["A_second_verb_after_spoke_and_a_venue_is_its_own_cue"] = new(
            "A former harbour adviser, Tobias Rennick, also spoke at the rally and encouraged supporters to remain hopeful.",
            "supporters to remain hopeful", "A former harbour adviser, Tobias Rennick", "Tobias Rennick")
        { Cue = "encouraged", QuoteCount = 1 },

        ["An_absolute_with_and_an_apposition_is_the_gerunds_subject"] = new(
            "Kent had the most stranded passengers, with the next busiest port, Dunmore, reporting 40 cancelled crossings as of Wednesday.",
            "40 cancelled crossings as of Wednesday", "the next busiest port, Dunmore", "Dunmore")
        { Cue = "reporting", QuoteCount = 1 },

        ["A_survey_is_an_organisation"] = new(
            "The Harbour Geological Survey reported the quake was of magnitude 5.",
            "the quake was of magnitude 5", "The Harbour Geological Survey", "Harbour Geological Survey")
        { Cue = "reported", Type = WhoSaid.Coreference.EntityType.Organization, QuoteCount = 1 },

        ["Another_is_no_part_of_a_title"] = new(
            "Another former harbour adviser, Tobias Rennick, said the pier was safe.",
            "the pier was safe", "Another former harbour adviser, Tobias Rennick", "Tobias Rennick")
        { Cue = "said", Title = "former harbour adviser", QuoteCount = 1 },

        ["A_titled_person_after_an_of_organisation_is_a_person"] = new(
            "Harbour Board of Dunmore Chairman Tobias Rennick said the pier was safe.",
            "the pier was safe", "Harbour Board of Dunmore Chairman Tobias Rennick", "Tobias Rennick")
        { Cue = "said", Type = WhoSaid.Coreference.EntityType.Person, Title = "Harbour Board of Dunmore Chairman", QuoteCount = 1 },

        ["A_capitalised_title_with_of_before_a_name_is_a_title"] = new(
            "Member of Parliament (MP) Ada Brennan of the Harbour Party added that the toll was unfair.",
            "the toll was unfair", "Member of Parliament (MP) Ada Brennan of the Harbour Party", "Ada Brennan")
        { Cue = "added", Type = WhoSaid.Coreference.EntityType.Person, QuoteCount = 1 },

        ["From_across_joins_a_phrase_to_the_speaker"] = new(
            "Critics from across the harbour's political spectrum have claimed the toll is a tax on workers.",
            "the toll is a tax on workers", "Critics from across the harbour's political spectrum", "Critics from across the harbour's political spectrum")
        { Cue = "have claimed", QuoteCount = 1 },

        ["A_relative_clause_inside_the_contents_subject_stays"] = new(
            "Early findings suggest a new valve on the ferry's engine, which had never failed before, was letting water in.",
            "a new valve on the ferry's engine, which had never failed before, was letting water in", "Early findings", "Early findings")
        { Cue = "suggest", QuoteCount = 1 },

        ["An_invisible_joiner_before_a_possessive_opens_no_quotation"] = new(
            "The Daily Courier\u200D's harbour editor, Ada Brook, said she felt the vote might bring some solace.",
            "she felt the vote might bring some solace", "The Daily Courier\u200D's harbour editor, Ada Brook", "Ada Brook")
        { Cue = "said", QuoteCount = 1 },

        ["A_place_of_origin_and_a_time_phrase_before_the_cue_keep_the_name"] = new(
            "Tobias Rennick, from Dunmore, Kent, on Tuesday admitted his part in the ferry fraud.",
            "his part in the ferry fraud", "Tobias Rennick, from Dunmore, Kent", "Tobias Rennick")
        { Cue = "admitted", QuoteCount = 1 },

        ["Which_after_a_clauses_verb_names_no_one"] = new(
            "The drone sent back the data it had collected, which revealed a mass below the pier.",
            "a mass below the pier", "which", null)
        { Cue = "revealed", QuoteCount = 1 },

        ["A_project_is_an_organisation"] = new(
            "The Harbour Wrecks Project announced on Sunday that the hull they found was the Marigold.",
            "the hull they found was the Marigold", "The Harbour Wrecks Project", "Harbour Wrecks Project")
        { Cue = "announced", Type = WhoSaid.Coreference.EntityType.Organization, QuoteCount = 1 },

        ["According_to_stops_before_a_measure"] = new(
            "The chart was wrong, placing the wreck according to the Dunmore Gazette about 100 miles from the pier.",
            "The chart was wrong, placing the wreck", "the Dunmore Gazette", "Dunmore Gazette")
        { Cue = "according to" },

        ["Told_an_agency_then_a_quotation_keeps_the_teller_as_speaker"] = new(
            "Ada Brook, a ferry campaigner, told Reuters \"it almost looks as if the statement was written before the vote\".",
            "it almost looks as if the statement was written before the vote", "Ada Brook, a ferry campaigner", "Ada Brook")
        { Kind = QuoteKind.Direct, Cue = "told", Sources = ["Reuters"], QuoteCount = 1 },

        ["Quoted_in_a_newspaper_saying_is_the_quoted_persons_with_the_paper_its_source"] = new(
            "Councillor Ada Brook was quoted in the Dunmore Herald newspaper saying: \"I feel the council have over-reacted.\"",
            "I feel the council have over-reacted", "Councillor Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Direct, Sources = ["Dunmore Herald"], QuoteCount = 1 },

        ["A_quotation_then_a_speaker_with_a_phrase_and_a_stray_comma_before_told"] = new(
            "\"Everything is going digital,\" Kirsten Pfeifer from the Harbour Electronics Association, told the Dunmore Gazette website.",
            "Everything is going digital", "Kirsten Pfeifer from the Harbour Electronics Association", "Kirsten Pfeifer")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["A_quotation_then_a_name_and_a_stray_comma_before_told"] = new(
            "\"If a family has savings this will suddenly shrink,\" shop owner Hayriye Kaplan, told Associated Press.",
            "If a family has savings this will suddenly shrink", "shop owner Hayriye Kaplan", "Hayriye Kaplan")
        { Kind = QuoteKind.Direct, Cue = "told", Sources = ["Associated Press"], QuoteCount = 1 },

        ["A_quotation_then_a_name_and_an_aside_between_dashes_before_told"] = new(
            "\"We used to see street hustlers do this,\" Tobias Rennick - then adviser to the harbour board - told a press conference.",
            "We used to see street hustlers do this", "Tobias Rennick - then adviser to the harbour board", "Tobias Rennick")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["Told_a_listener_then_a_colon_and_a_quotation_is_the_tellers"] = new(
            "A spokesman for the summit, which is meeting this week in Dunmore, told the Gazette website: \"The divide is very real.\"",
            "The divide is very real", "A spokesman for the summit, which is meeting this week in Dunmore", "spokesman for the summit")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["An_abbreviation_in_parentheses_before_a_relative_clause_stays_in_the_mention"] = new(
            "A spokesman for the Harbour Users Forum (HUF), which is meeting this week in Dunmore, told the Gazette website: \"The divide is very real.\"",
            "The divide is very real", "A spokesman for the Harbour Users Forum (HUF), which is meeting this week in Dunmore", "spokesman for the Harbour Users Forum (HUF)")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["A_cues_object_before_a_quotation_is_not_an_inverted_speaker"] = new(
            "Harbour campaigner Jim Parsons, from Ferries Need Fathers, said the new timetable \"lacked ambition\".",
            "the new timetable \"lacked ambition\"", "Harbour campaigner Jim Parsons", "Jim Parsons")
        { Kind = QuoteKind.Mixed, Cue = "said", QuoteCount = 1 },

        ["An_embassy_in_a_city_is_an_organisation_not_the_city"] = new(
            "According to the Dunmore embassy in Beijing, the ferry passenger died on February 6.",
            "the ferry passenger died on February 6", "the Dunmore embassy in Beijing", "Dunmore embassy in Beijing")
        { Cue = "According to", Type = WhoSaid.Coreference.EntityType.Organization, QuoteCount = 1 },

        ["A_person_of_an_organisation_with_and_in_its_name_is_a_person"] = new(
            "Ada Brook of Dunmore Fire and Rescue said no crews would be sent into the building.",
            "no crews would be sent into the building", "Ada Brook of Dunmore Fire and Rescue", "Ada Brook")
        { Cue = "said", Type = WhoSaid.Coreference.EntityType.Person, QuoteCount = 1 },

        ["According_to_a_role_and_a_name_in_apposition"] = new(
            "According to his wife, Amanda, Rennick succumbed to a lung disorder.",
            "Rennick succumbed to a lung disorder", "his wife, Amanda", "Amanda")
        { Cue = "According to", QuoteCount = 1 },

        ["Everyone_is_a_group"] = new(
            "Almost everyone agreed there should be another vote on the ferry.",
            "there should be another vote on the ferry", "everyone", "everyone")
        { Cue = "agreed", Type = WhoSaid.Coreference.EntityType.Group, QuoteCount = 1 },

        ["One_MP_is_a_person"] = new(
            "One MP told the Gazette: \"We know that many people wanted the ferry to stay.\"",
            "We know that many people wanted the ferry to stay", "One MP", "One MP")
        { Kind = QuoteKind.Direct, Cue = "told", Type = WhoSaid.Coreference.EntityType.Person, QuoteCount = 1 },

        ["A_quotation_then_a_name_and_an_apposition_missing_its_closing_comma"] = new(
            "\"What happens here today, we will see in nine months in the UK,\" Adam Hume, the Gazette Broadcast's futurologist told the Dunmore website.",
            "What happens here today, we will see in nine months in the UK", "Adam Hume, the Gazette Broadcast's futurologist", "Adam Hume")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["A_quotation_then_a_name_and_an_apposition_with_a_phrase_missing_its_closing_comma"] = new(
            "\"There is a whiff of a sweetener in there,\" Anais Faraj, an analyst at Harbour Securities told the Gazette.",
            "There is a whiff of a sweetener in there", "Anais Faraj, an analyst at Harbour Securities", "Anais Faraj")
        { Kind = QuoteKind.Direct, Cue = "told", QuoteCount = 1 },

        ["Having_is_part_of_the_verb_group_not_the_speaker"] = new(
            "Election analyst Kevin Bonham having declared it the most boring by-election.",
            "it the most boring by-election", "Election analyst Kevin Bonham", "Kevin Bonham")
        { Cue = "having declared" },

        ["A_document_that_read_a_quotation_is_its_speaker"] = new(
            "The statement read: \"We will not back down from this fight.\"",
            "We will not back down from this fight", "The statement", "statement")
        { Kind = QuoteKind.Direct, Cue = "read:", QuoteCount = 1 },

        ["A_document_that_read_a_quotation_after_a_participle_is_its_speaker"] = new(
            "The decree signed by the bishop read \"The harm done to the victims is grave and lasting.\"",
            "The harm done to the victims is grave and lasting", "The decree signed by the bishop", "decree signed by the bishop")
        { Kind = QuoteKind.Direct, Cue = "read", QuoteCount = 1 },

        ["Continued_after_a_quotation_with_its_comma_outside_and_a_phrase_after_it"] = new(
            "Rouhani spoke in Tehran on Sunday.\n\n\"Your presence has always been a calamity for this region\", he continued in the speech.",
            "Your presence has always been a calamity for this region", "he", "Rouhani")
        { Kind = QuoteKind.Direct, Cue = "continued" },

        ["An_opening_adverb_is_not_part_of_the_speaker_and_a_short_demonym_names_the_country"] = new(
            "Later the Saudi government said the attack included cruise missiles.",
            "the attack included cruise missiles", "the Saudi government", "Saudi Arabia")
        { Type = WhoSaid.Coreference.EntityType.Country },

        ["A_place_name_after_a_capital_The_is_a_publication"] = new(
            "According to a recent report by The Atlantic, the society keeps a list of the accused.",
            "the society keeps a list of the accused", "a recent report by The Atlantic", "The Atlantic")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["Told_the_press_then_a_long_subject_with_its_own_phrases"] = new(
            "Captain Monica Rochester told the press a nearly 24-hour search mission involving three helicopters had found no further signs in the water.",
            "a nearly 24-hour search mission involving three helicopters had found no further signs in the water", "Captain Monica Rochester", "Monica Rochester")
        { Cue = "told" },

        ["According_to_a_source_with_a_relative_clause_on_it"] = new(
            "According to the Harbour Gazette, which cited sources close to the inquiry, the pilot had flown the route for a year.",
            "the pilot had flown the route for a year", "the Harbour Gazette", "Harbour Gazette")
        { Cue = "According to" },

        ["Reaching_a_consensus_is_a_view"] = new(
            "Across party lines, young voters have reached a broad consensus on ferry fares.",
            "a broad consensus on ferry fares", "young voters", "young voters")
        { Cue = "have reached" },

        ["A_bare_name_that_says_its_is_an_organisation"] = new(
            "Harbourline said its ferry division had lost money for a third year.",
            "its ferry division had lost money for a third year", "Harbourline", "Harbourline")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_name_with_its_initials_in_parentheses_is_an_organisation"] = new(
            "According to Notes from the Harbour (NFH), some ferry operators stopped selling return tickets.",
            "some ferry operators stopped selling return tickets", "Notes from the Harbour (NFH)", "Notes from the Harbour")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_time_phrase_and_a_determiner_open_the_sentence_before_the_speaker"] = new(
            "Last month the chairman of the Harbour Commission (HC) also called for lower ferry fares.",
            "lower ferry fares", "the chairman of the Harbour Commission (HC)", "chairman of the Harbour Commission")
        { Cue = "also called for" },

        ["An_opening_adverb_and_phrase_before_a_titled_name"] = new(
            "Later at their poster launch Tory co-chairman Liam Fox said his party would exploit every opportunity.",
            "his party would exploit every opportunity", "Tory co-chairman Liam Fox", "Liam Fox")
        { Title = "Tory co-chairman" },

        ["Said_on_a_day_then_a_quotation_with_no_comma"] = new(
            "Trump said on Friday \"I can do it if I want. I may do it.\"",
            "I can do it if I want. I may do it", "Trump", "Trump")
        { Kind = QuoteKind.Direct, Cue = "said" },

        ["Said_on_a_day_keeps_the_day_out_of_the_cue"] = new(
            "Pence said on Friday that the country is in the midst of a crisis.",
            "the country is in the midst of a crisis", "Pence", "Pence")
        { Cue = "said" },

        ["An_opening_day_and_its_comma_are_not_part_of_the_speaker"] = new(
            "Yesterday, authorities in Northfield and Dunmore announced that 37 ferry pilots were suspended.",
            "37 ferry pilots were suspended", "authorities in Northfield and Dunmore", "authorities in Northfield and Dunmore")
        { Cue = "announced" },

        ["A_person_named_after_a_department_of_a_state"] = new(
            "Florida Department of Transportation official Troy Roberts said the road itself was fine.",
            "the road itself was fine", "Florida Department of Transportation official Troy Roberts", "Troy Roberts")
        { Title = "Florida Department of Transportation official" },

        ["A_gerund_subject_after_an_opening_phrase_is_part_of_the_content"] = new(
            "Grant Shapps announced that from June 15, wearing a face covering would become compulsory on trains.",
            "from June 15, wearing a face covering would become compulsory on trains", "Grant Shapps", "Grant Shapps")
        { Cue = "announced" },

        ["A_count_before_a_role_is_no_affiliation"] = new(
            "One senator, Eduardo Bhatia, said he intended to sue over the ferry contract.",
            "he intended to sue over the ferry contract", "One senator, Eduardo Bhatia", "Eduardo Bhatia")
        { Title = "One senator" },

        ["A_bare_name_that_reports_is_an_outlet"] = new(
            "Gazeta Harbourska reports that only one ferry in ten runs on time.",
            "only one ferry in ten runs on time", "Gazeta Harbourska", "Gazeta Harbourska")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["One_of_the_children_is_someone_unnamed"] = new(
            "One of the children said the ferry had never run on time.",
            "the ferry had never run on time", "One of the children", "One of the children")
        { Type = WhoSaid.Coreference.EntityType.Anonymous },

        ["A_hyphenated_first_name_of_an_organisation_with_and"] = new(
            "Nils-Erik Haagenrud of Rogaland Fire and Rescue said no crews would be sent into the car park.",
            "no crews would be sent into the car park", "Nils-Erik Haagenrud of Rogaland Fire and Rescue", "Nils-Erik Haagenrud")
        { Type = WhoSaid.Coreference.EntityType.Person, Title = "Rogaland Fire and Rescue" },

        ["A_name_ending_with_a_particle_name"] = new(
            "Egyptian President Abdel Fattah el-Sisi said the talks on the dam had failed.",
            "the talks on the dam had failed", "Egyptian President Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi")
        { Type = WhoSaid.Coreference.EntityType.Person, Title = "Egyptian President" },

        ["A_nation_of_the_United_Kingdom_speaks_as_a_country"] = new(
            "Wales said masks would not be required on its ferries.",
            "masks would not be required on its ferries", "Wales", "Wales")
        { Type = WhoSaid.Coreference.EntityType.Country },

        ["According_to_a_speaker_via_an_agency_keeps_the_agency_as_source"] = new(
            "The passengers were going to a dance contest, according to the mayor of Yartsevo via news agency Interfax.",
            "The passengers were going to a dance contest", "the mayor of Yartsevo", "mayor of Yartsevo")
        { Cue = "according to", Sources = ["Interfax"] },

        ["A_place_name_ending_with_an_outlet_word_is_a_newspaper"] = new(
            "According to Manila Bulletin, the earthquake was the strongest recorded in the city.",
            "the earthquake was the strongest recorded in the city", "Manila Bulletin", "Manila Bulletin")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_body_with_its_short_name_in_parentheses"] = new(
            "The Harbour Institute of Tides and Currents (Hitcur) reported the first wave reached the pier at 7:37 p.m.",
            "the first wave reached the pier at 7:37 p.m.", "The Harbour Institute of Tides and Currents (Hitcur)", "Harbour Institute of Tides and Currents")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_body_whose_name_opens_with_a_first_name"] = new(
            "Florida Highway Patrol described the accident as a chain reaction.",
            "the accident as a chain reaction", "Florida Highway Patrol", "Florida Highway Patrol")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_clock_time_before_the_speaker"] = new(
            "At 5:17 p.m. his daughter reported to the police that he had left home.",
            "he had left home", "his daughter", "his daughter")
        { Cue = "reported to" },

        ["Let_us_say_supposes_and_the_one_supposed_to_think_speaks"] = new(
            "SAVE ON FARES Let's say you think a season ticket for the ferry will cost $900.",
            "a season ticket for the ferry will cost $900", "you", null)
        { Cue = "think", QuoteCount = 1 },

        ["A_short_name_given_in_parentheses_names_the_body_later"] = new(
            "The Harbour Institute of Tides and Currents (Hitcur) reported a high wave on Monday. Hitcur said the pier would stay shut.",
            "the pier would stay shut", "Hitcur", "Harbour Institute of Tides and Currents")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["The_first_word_of_a_company_named_before_is_the_company"] = new(
            "The Harbourline Ferry Company said fares would rise. Harbourline added that the new boats would arrive in May.",
            "the new boats would arrive in May", "Harbourline", "Harbourline Ferry Company")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["The_place_a_title_is_of_is_not_part_of_the_name_after_it"] = new(
            "Speakers included First Minister of Scotland Nicola Sturgeon and Sadiq Khan. Nicola Sturgeon said it was the moment of maximum opportunity.",
            "it was the moment of maximum opportunity", "Nicola Sturgeon", "Nicola Sturgeon"),

        ["A_noun_before_the_article_is_not_part_of_the_subject"] = new(
            "The 30-second spot, titled “Greedy,” features a New York Times report from over the weekend that the mayor paid no tax on the harbour land for a decade.",
            "the mayor paid no tax on the harbour land for a decade", "a New York Times", "New York Times")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_clause_of_as_after_a_time_keeps_its_own_subject"] = new(
            "Mayor Elena Marsh sounded a call for the city to accept more ferries on Monday as she issued a statement in observance of the harbour festival.",
            "a statement in observance of the harbour festival", "she", "Elena Marsh"),

        ["An_opening_phrase_without_a_comma_is_not_part_of_the_subject"] = new(
            "In a statement the Harbour Trust said it had grave concerns about the pier.",
            "it had grave concerns about the pier", "the Harbour Trust", "Harbour Trust")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_bare_verb_before_the_subject_is_not_part_of_it"] = new(
            "The new law would let shop owners claim that the levy is unfair.",
            "the levy is unfair", "shop owners", "shop owners")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["An_adverb_before_the_article_is_not_part_of_the_subject"] = new(
            "So far the harbour council has refused to reopen the pier to fishing boats.",
            "to reopen the pier to fishing boats", "the harbour council", "harbour council")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["This_week_before_a_plain_noun_phrase_is_not_part_of_the_subject"] = new(
            "This week opposition councillors had called on the harbour board to make an urgent decision on the pier.",
            "the harbour board to make an urgent decision on the pier", "opposition councillors", "opposition councillors")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["A_time_phrase_ends_before_the_subject_after_its_day"] = new(
            "Harbourline is upgrading its piers, though as of reports on Tuesday the company had not confirmed what work the divers were doing.",
            "what work the divers were doing", "the company", "company")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["According_to_after_a_conjunction_attributes_the_clause_after_it"] = new(
            "The harbour board gave no reason for the closure, but, according to its chairman, the pier had cracked in two places.",
            "the pier had cracked in two places", "its chairman", "its chairman"),

        ["A_role_to_a_body_with_its_holder_is_one_speaker"] = new(
            "The delegate to the U.S. House of Representatives, Aumua Amata, told the press: \"The harbour ruling is unwelcome.\"",
            "The harbour ruling is unwelcome", "The delegate to the U.S. House of Representatives, Aumua Amata", "Aumua Amata")
        { Type = WhoSaid.Coreference.EntityType.Person },

        ["The_state_after_a_town_is_not_the_speaker"] = new(
            "According to police in Baytown, Texas, the ferry driver had crashed twice before.",
            "the ferry driver had crashed twice before", "police in Baytown, Texas", "police in Baytown")
        { Kind = QuoteKind.Indirect },

        ["A_number_of_people_is_a_group"] = new(
            "A number of councillors condemned the closure of the pier.",
            "the closure of the pier", "A number of councillors", "number of councillors")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["A_gerund_after_despite_speaks_for_its_noun_phrase"] = new(
            "The Harbour Herald states the ferry was a freighter, despite photos showing a row of windows along each side.",
            "a row of windows along each side", "photos", "photos"),

        ["A_quantifier_before_a_peoples_name_is_a_group"] = new(
            "Most Northfielders said they wanted the ferry to stay.",
            "they wanted the ferry to stay", "Most Northfielders", "Most Northfielders")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["Names_in_a_list_are_a_group"] = new(
            "Councillors Fenwick, Okafor and Marsh said the pier must close.",
            "the pier must close", "Councillors Fenwick, Okafor and Marsh", "Councillors Fenwick, Okafor and Marsh")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["A_country_speaks_with_a_noun_phrase_after_the_cue"] = new(
            "France has alleged corruption in the harbour council.",
            "corruption in the harbour council", "France", "France")
        { Type = WhoSaid.Coreference.EntityType.Country },

        ["However_between_commas_ends_the_content"] = new(
            "The harbour board initially denied all claims that the pier was unsafe, however, a council report eventually concluded the pier had cracked.",
            "the pier was unsafe", "The harbour board", "harbour board")
        { QuoteCount = 2 },

        ["According_to_after_a_semicolon_attributes_the_clause_after_it"] = new(
            "The council suggested the debt was a factor; according to auditors, the harbour board owed over $850,000 to the bank.",
            "the harbour board owed over $850,000 to the bank", "auditors", "auditors")
        { QuoteCount = 2 },

        ["They_speaks_for_the_group_that_spoke_just_before"] = new(
            "Harbour residents said the pier was unsafe on Monday. They said it must close before the winter.",
            "it must close before the winter", "They", "Harbour residents")
        { Type = WhoSaid.Coreference.EntityType.Group, QuoteCount = 2 },

        ["A_colon_before_the_quotation_ends_the_frame_before_it"] = new(
            "Fellow councillors were kinder in their letters: \"Thank you for the pier. Let's keep building\", wrote Mara Tilde on her blog.",
            "Thank you for the pier. Let's keep building", "Mara Tilde", "Mara Tilde")
        { Kind = QuoteKind.Direct },

        ["An_agent_after_a_short_phrase_is_who_described_it"] = new(
            "Quist, who was described as \"pier-obsessed\" by the harbour police, sent the council dozens of letters.",
            "pier-obsessed", "the harbour police", "harbour police")
        { Cue = "was described as" },

        ["An_agent_of_the_verb_inside_the_content_is_not_the_speaker"] = new(
            "The councillor was accused of being paid by the ferry company.",
            "being paid by the ferry company", null, null)
        { Cue = "was accused of" },

        ["A_clause_after_when_before_a_colon_speaks_the_quotation"] = new(
            "Mayor Delia Fenwick spoke on the harbour radio show Morning Tide when she made the announcement: \"I have given all I can to this pier.\"",
            "I have given all I can to this pier", "she", "Delia Fenwick")
        { Kind = QuoteKind.Direct, Cue = "made the announcement:" },

        ["A_gerund_after_a_passive_speaks_for_its_agent"] = new(
            "The results were described by Mayor Delia Fenwick as a clear mandate, saying she intends to rebuild the pier by June.",
            "she intends to rebuild the pier by June", "Mayor Delia Fenwick", "Delia Fenwick")
        { Cue = "saying" },

        ["A_warning_that_reads_is_a_document"] = new(
            "The orange warning was issued by the harbour office on Monday. \"Storm Tamsin will bring high waves. This will lead to some flooding,\" read the warning.",
            "Storm Tamsin will bring high waves. This will lead to some flooding", "the warning", "warning")
        { Type = WhoSaid.Coreference.EntityType.Document },

        ["An_email_read_after_a_quotation_says_it"] = new(
            "The harbour office sent an email on Monday. \"Storm Tamsin will bring high waves,\" the email read.",
            "Storm Tamsin will bring high waves", "the email", "email")
        { Type = WhoSaid.Coreference.EntityType.Document, Cue = "read" },

        ["A_subject_with_an_apposition_speaks_about_the_name_after_the_cue"] = new(
            "Health analyst Tomas Beddoe, a former harbour official, called the new targets \"reasonably impressive\".",
            "the new targets \"reasonably impressive\"", "Health analyst Tomas Beddoe, a former harbour official", "Tomas Beddoe")
        { Kind = QuoteKind.Mixed, Cue = "called" },

        ["An_outlet_then_a_name_after_told_is_no_listener"] = new(
            "Delia Fenwick told MSNBC Marenco \"was a great harbour master.\"",
            "MSNBC Marenco \"was a great harbour master.\"", "Delia Fenwick", "Delia Fenwick")
        { Kind = QuoteKind.Mixed },

        ["Alleging_a_noun_phrase_is_an_accusation"] = new(
            "France has alleged Russian involvement in the attack on the harbour ferry.",
            "Russian involvement in the attack on the harbour ferry", "France", "France")
        { Cue = "has alleged", Type = WhoSaid.Coreference.EntityType.Country },

        ["A_quotation_ending_in_an_exclamation_then_told_the_world"] = new(
            "\"Our pier is burning. Members of the council, let's meet this week!\" Fenwick told the world on Thursday via Twitter.",
            "Our pier is burning. Members of the council, let's meet this week!", "Fenwick", "Fenwick")
        { Kind = QuoteKind.Direct, Cue = "told" },

        ["An_apposition_after_the_speaker_that_opens_with_a_role_phrase"] = new(
            "\"The pier is a danger,\" said Tomas Ferry, managing director of Harbourline.",
            "The pier is a danger", "Tomas Ferry, managing director of Harbourline", "Tomas Ferry")
        { Title = "managing director of Harbourline" },

        ["An_apposition_after_the_speaker_that_names_a_co_author"] = new(
            "\"The pier is a danger,\" said Ada Brook, co-author of the harbour report.",
            "The pier is a danger", "Ada Brook, co-author of the harbour report", "Ada Brook"),

        ["An_apposition_after_the_speaker_with_modifiers_before_the_role"] = new(
            "\"The pier is a danger,\" said Perrin Lund, strategic partnership manager for Harbour Watch.",
            "The pier is a danger", "Perrin Lund, strategic partnership manager for Harbour Watch", "Perrin Lund"),

        ["An_inverted_speaker_before_an_absolute_with_phrase"] = new(
            "A storm wrecked the pier in Northfield on Monday, reported officials, with 25 boats damaged.",
            "A storm wrecked the pier in Northfield on Monday", "officials", "officials")
        { Cue = "reported" },

        ["According_to_a_role_and_its_name_before_a_time_phrase"] = new(
            "According to the harbour master, Ada Brook, during the weekend, the pier was closed.",
            "during the weekend, the pier was closed", "the harbour master, Ada Brook", "Ada Brook")
        { Cue = "According to" },

        ["An_interview_label_in_double_parentheses_speaks_its_paragraph"] = new(
            "((WN))  So, what prompted you?\n\n((Ada Brook))  The pier was failing. I think it must close.\n\n((WN))  And then?\n\n((Ada Brook))  We closed it.",
            "The pier was failing. I think it must close", "Ada Brook", "Ada Brook")
        { Kind = QuoteKind.Direct },

        ["A_counted_noun_before_the_main_verb_is_no_verb_for_a_gerund_subject"] = new(
            "In three separate interviews, the harbour master sounded off on the council, saying she did not want the pier closed.",
            "she did not want the pier closed", "the harbour master", "harbour master")
        { Cue = "saying" },

        ["A_day_before_a_comma_is_no_head_for_a_titled_name"] = new(
            "Wednesday at the Harbour Council debate, councillor Ada Brook said the pier must close.",
            "the pier must close", "councillor Ada Brook", "Ada Brook")
        { Cue = "said" },

        ["A_stock_adverbial_between_subject_and_verb_is_skipped"] = new(
            "Ada Brook, who has in the past described the pier as \"a danger,\" said it must close.",
            "it must close", "Ada Brook, who has in the past described the pier as \"a danger,\"", "Ada Brook")
        { Cue = "said", QuoteCount = 2 },

        ["A_time_before_later_is_no_subject"] = new(
            "When Ada Brook a month later announced the closure of the pier, the fishermen protested.",
            "the closure of the pier", "Ada Brook", "Ada Brook")
        { Cue = "later announced" },

        ["A_participle_after_he_said_is_his"] = new(
            "The closures were not a \"one-off\", he said, claiming the council had planned them for years.",
            "the council had planned them for years", "he", null)
        { Cue = "claiming" },

        ["A_name_after_and_ends_a_prepositional_object"] = new(
            "The harbour master was copied on the council's letters and Brook said she read them twice.",
            "she read them twice", "Brook", "Brook")
        { Cue = "said" },

        ["A_day_and_its_night_after_a_name_is_a_time"] = new(
            "Ada Brook Sunday night recounted a meeting with the harbour council that ended in shouting.",
            "a meeting with the harbour council that ended in shouting", "Ada Brook", "Ada Brook")
        { Cue = "recounted" },

        ["At_the_time_between_subject_and_verb_is_skipped"] = new(
            "Ada Brook at the time said the pier was safe.",
            "the pier was safe", "Ada Brook", "Ada Brook")
        { Cue = "said" },

        ["The_subject_before_when_does_the_participle"] = new(
            "Brook was arrested in March, but the harbour police when announcing the arrest in May identified her only as a fisher.",
            "the arrest in May", "the harbour police", "harbour police")
        { Cue = "announcing" },

        ["Meaning_opens_no_subject"] = new(
            "The pier served as a control, meaning engineers agreed it was the baseline for the other piers.",
            "it was the baseline for the other piers", "engineers", "engineers")
        { Cue = "agreed" },

        ["A_pull_quote_names_its_speaker_and_role_after_a_dash"] = new(
            "The pier is closing.\n\n\"More women are working on the ferries than ever.\"  \u2014 Ada Brook, Northfield Harbour Manager\n\nThe end.",
            "More women are working on the ferries than ever", "Ada Brook, Northfield Harbour Manager", "Ada Brook")
        { Kind = QuoteKind.Direct },

        ["A_study_is_no_co_author_of_a_study"] = new(
            "Ada Brook, co-author of a new study, said the pier is unsafe.\n\nThe study reports that the pier is failing.",
            "the pier is failing", "The study", "study")
        { Type = WhoSaid.Coreference.EntityType.Document },

        ["A_when_clause_after_a_name_is_no_title"] = new(
            "Council spokesperson Ada Brook, when asked whether the pier was safe, told reporters it was not.",
            "it was not", "Council spokesperson Ada Brook, when asked whether the pier was safe", "Ada Brook")
        { Title = "Council spokesperson" },

        ["A_title_that_is_also_a_first_name_after_a_body_is_a_title"] = new(
            "Supreme Court Justice Elena Brook declared the pier unsafe.",
            "the pier unsafe", "Supreme Court Justice Elena Brook", "Elena Brook")
        { Title = "Supreme Court Justice" },

        ["A_kind_of_company_with_modifiers_names_an_organisation"] = new(
            "US-based software company Red Harbour announced plans to close the pier.",
            "plans to close the pier", "US-based software company Red Harbour", "Red Harbour")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["A_capitalised_name_the_tagger_reads_as_a_verb_opens_the_clause"] = new(
            "The mayor said last month that Rangers had told him to find a new club.",
            "Rangers had told him to find a new club", "The mayor", "mayor")
        { Cue = "said" },

        ["Who_after_a_place_of_a_person_is_the_person"] = new(
            "Prime Minister Ada Brook opened the pier. Vaccinators went to the home of Prime Minister Ada Brook, who told the press she needed a dose.",
            "she needed a dose", "who", "Ada Brook")
        { Cue = "told" },

        ["A_hyphenated_role_before_a_name_of_a_body_is_a_person"] = new(
            "\"We see it,\" said study co-author Ted Brook of Northfield's Cooperative Institute.",
            "We see it", "study co-author Ted Brook of Northfield's Cooperative Institute", "Ted Brook")
        { Type = WhoSaid.Coreference.EntityType.Person },

        ["Told_the_press_before_a_possessive_is_the_listener"] = new(
            "Brook told the press his nephew needed a dose.",
            "his nephew needed a dose", "Brook", "Brook")
        { Cue = "told" },

        ["You_aware_before_a_name_is_no_part_of_the_speaker"] = new(
            "Are you aware the Harbour Foundation said it was a \"disappointing move\"?",
            "it was a \"disappointing move\"", "the Harbour Foundation", "Harbour Foundation")
        { Cue = "said" },

        ["A_notice_is_a_document"] = new(
            "The harbour board's take-down notice alleged the pier was unsafe.",
            "the pier was unsafe", "The harbour board's take-down notice", "harbour board's take-down notice")
        { Type = WhoSaid.Coreference.EntityType.Document },

        ["Members_by_their_letters_are_a_group"] = new(
            "Labour MPs said the pier was unsafe.",
            "the pier was unsafe", "Labour MPs", "Labour MPs")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["First_Lady_is_a_title"] = new(
            "Former First Lady Ada Brook said the pier is unsafe.",
            "the pier is unsafe", "Former First Lady Ada Brook", "Ada Brook")
        { Title = "Former First Lady" },

        ["An_amendment_speaks_as_a_document"] = new(
            "The 14th Amendment states: \"all persons born in the harbour are citizens.\"",
            "all persons born in the harbour are citizens", "The 14th Amendment", "14th Amendment")
        { Type = WhoSaid.Coreference.EntityType.Document },

        ["A_hyphenated_given_name_with_a_lower_case_syllable_ends_a_title"] = new(
            "Harbour director of Amnesty International Man-kei Brook said in a statement that the pier was unsafe.",
            "the pier was unsafe", "Harbour director of Amnesty International Man-kei Brook", "Man-kei Brook")
        { Type = WhoSaid.Coreference.EntityType.Person },

        ["A_quantifier_alone_is_a_group"] = new(
            "Sixty ferry workers signed the letter. Many said the new rota was unsafe.",
            "the new rota was unsafe", "Many", "Many")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["Some_alone_is_a_group_whatever_the_verb"] = new(
            "Sixty ferry workers signed the letter. Some reported wanting to strike in May.",
            "wanting to strike in May", "Some", "Some")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["An_interview_label_of_initials_is_the_person_the_article_names"] = new(
            "Harbour Gazette reporter Tilda M. Okafor spoke to the mayor about the pier.\n\n((TMO))  Why close the pier now?\n\n((Ada Brook))  The pier was failing.",
            "Why close the pier now?", "TMO", "Tilda M. Okafor")
        { Kind = QuoteKind.Direct, Type = WhoSaid.Coreference.EntityType.Person },

        ["Of_inside_a_party_name_is_part_of_the_title"] = new(
            "Reporter Tilda Okafor reached out to Unity Party of Northfield presidential nominee Bill Hammond of Eastport to discuss the pier.\n\nHammond said the pier must be rebuilt.",
            "the pier must be rebuilt", "Hammond", "Bill Hammond")
        { Title = "Unity Party of Northfield presidential nominee" },

        ["The_party_is_the_party_not_its_nominee"] = new(
            "Reporter Tilda Okafor reached out to Unity Party of Northfield presidential nominee Bill Hammond of Eastport to discuss the pier.\n\nThe party says the ferry should be free.",
            "the ferry should be free", "The party", "party")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["The_word_before_according_to_is_part_of_what_was_said"] = new(
            "The ferryman was badly injured according to police.",
            "The ferryman was badly injured", "police", "police")
        { Cue = "according to" },

        ["A_percent_sign_before_according_to_is_part_of_what_was_said"] = new(
            "As of Sunday, the vaccination rate had reached 95% according to ministry data.",
            "As of Sunday, the vaccination rate had reached 95%", "ministry data", "ministry data")
        { Cue = "according to" },

        ["Forces_is_an_organisation"] = new(
            "Late on Sunday, the Northfield Democratic Forces announced they had entered into an agreement with the harbour board.",
            "they had entered into an agreement with the harbour board", "the Northfield Democratic Forces", "Northfield Democratic Forces")
        { Type = WhoSaid.Coreference.EntityType.Organization },

        ["An_adverb_after_a_quotation_is_no_speaker"] = new(
            "Also on Sunday, the harbour board announced a full closure of the pier, beyond the closure of the \"outer berth\" first announced seven days earlier.",
            "a full closure of the pier, beyond the closure of the \"outer berth\" first announced seven days earlier", "the harbour board", "harbour board")
        { QuoteCount = 1 },

        ["A_capitalised_hyphenated_role_names_the_person_who_holds_it"] = new(
            "Harbour Party Co-Chairman Ada Brook opened the pier on Monday. The Harbour Party Co-Chairman said the ferry would be free.",
            "the ferry would be free", "The Harbour Party Co-Chairman", "Ada Brook")
        { Type = WhoSaid.Coreference.EntityType.Person },

        ["A_speaker_who_interrupts_a_clause_after_a_semicolon_speaks_for_that_clause"] = new(
            "The ferry sank in 2015; they had, her father says, paid smugglers to take them to the island.",
            "they had | paid smugglers to take them to the island", "her father", "her father")
        { QuoteCount = 1 },

        ["An_adverb_between_subject_and_cue_belongs_to_the_cue"] = new(
            "The harbour master sometimes told reporters that the pier was unsafe.",
            "the pier was unsafe", "The harbour master", "harbour master")
        { Cue = "sometimes told" },

        ["No_speaker_opens_with_a_preposition"] = new(
            "The harbour ministers said the talks were hard. They called on the council to halt the dredging, and deemed that the plan on sending soldiers to the island, where a strike is underway, goes against the Harbour Council resolution 2259.",
            "the plan on sending soldiers to the island, where a strike is underway, goes against the Harbour Council resolution 2259", "They", "harbour ministers")
        { Cue = "deemed" },

        ["A_source_within_a_body_is_one_speaker"] = new(
            "A source within the Harbour Ministry reportedly said \"I have been told not to make the figures public.\"",
            "I have been told not to make the figures public", "A source within the Harbour Ministry", "source within the Harbour Ministry")
        { Kind = QuoteKind.Direct },

        ["Told_an_agency_by_one_word_then_a_name_opens_the_content"] = new(
            "Sources within the Harbour Party told the BBC Ada Brook had always been in favour of the pier.",
            "Ada Brook had always been in favour of the pier", "Sources within the Harbour Party", "Sources within the Harbour Party")
        { Sources = ["BBC"] },

        ["Told_an_agency_and_its_website_then_a_name_opens_the_content"] = new(
            "The ferryman told the BBC News website Okafor did not deserve any credit for the rescue.",
            "Okafor did not deserve any credit for the rescue", "The ferryman", "ferryman")
        { QuoteCount = 1 },

        ["A_time_that_opens_the_sentence_is_no_item_of_a_list"] = new(
            "Last month, a study conducted by Ada Brook and other researchers concluded that the pier was older than thought.",
            "the pier was older than thought", "a study conducted by Ada Brook and other researchers", "study conducted by Ada Brook and other researchers")
        { QuoteCount = 1 },

        ["A_list_after_an_opening_time_keeps_its_first_item"] = new(
            "Last month, Harbour Lines, Northfield Ferries and Eastport Boats said they were cutting fares.",
            "they were cutting fares", "Harbour Lines, Northfield Ferries and Eastport Boats", "Harbour Lines, Northfield Ferries and Eastport Boats")
        { Type = WhoSaid.Coreference.EntityType.Group },

        ["A_name_and_a_title_with_and_is_no_list"] = new(
            "Ada Brook, Harbour and Ferries Minister, said the pier would reopen.",
            "the pier would reopen", "Ada Brook, Harbour and Ferries Minister", "Ada Brook")
        { Type = WhoSaid.Coreference.EntityType.Person },

        ["Told_the_agency_makes_it_a_source"] = new(
            "Engineer Tobias Rennick told the Associated Press that the dam would be drained in the autumn.",
            "the dam would be drained in the autumn", "Engineer Tobias Rennick", "Tobias Rennick")
        { Kind = QuoteKind.Indirect, Sources = ["Associated Press"], QuoteCount = 1 },

        ["Glued_debris_never_becomes_the_speaker"] = new(
            "Treasury Secretary Gerald QuimbyGerald Ashford QuimbyFenwick says she'll decide on the ferry within a week Five key players in the harbour fight MORE also said they were “separate issues.”",
            "they were “separate issues.”", "Treasury Secretary Gerald Quimby", "Gerald Quimby")
        { Kind = QuoteKind.Mixed, Title = "Treasury Secretary", QuoteCount = 1 },

        ["Single_curly_quotes_are_a_direct_quote"] = new(
            "‘We are ready for the final,’ said coach Ilse Marchetti.",
            "We are ready for the final", "coach Ilse Marchetti", "Ilse Marchetti")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["Straight_double_quotes_are_a_direct_quote"] = new(
            "\"We are ready for the final,\" said coach Ilse Marchetti.",
            "We are ready for the final", "coach Ilse Marchetti", "Ilse Marchetti")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },

        ["Nested_quote_stays_inside_the_outer_quote"] = new(
            "“He told me ‘never again’ and walked out of the hall,” said coach Ilse Marchetti.",
            "He told me ‘never again’ and walked out of the hall", "coach Ilse Marchetti", "Ilse Marchetti")
        { Kind = QuoteKind.Direct, QuoteCount = 1 },
    };

    public static TheoryData<CaseName> Patterns => CaseName.All(s_cases.Keys);

    /// <summary>Every article of this class, for the invariant tests.</summary>
    internal static IEnumerable<string> Texts => s_cases.Values.Select(c => c.Text).Concat(s_notSpeech.Values);

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Pattern_is_attributed(CaseName pattern) => s_cases[pattern].Check();

    // Quotation marks that are not speech (scare quotes, titles of works, nicknames, names of ships) and plain reporting.
    private static readonly Dictionary<string, string> s_notSpeech = new()
    {
        ["An_editors_note_is_the_publications_furniture"] = "The ferry ran late on Monday.\n\nEditor’s note: Mayor Ada Brook is a ferry enthusiast who has repeatedly pledged to rebuild the pier.",
        ["Claiming_a_victory_and_adding_to_a_lead"] = "Okafor won the harbour ward on Tuesday, claiming 41 percent of the vote and adding to his lead on the council.",
        ["Adding_to_her_lead"] = "Okafor won the harbour ward on Tuesday, adding to her sizable lead on the council.",
        ["State_is_a_noun"] = "Battleground state Florida is nearly 3% Polish American, and the New York state senate meets in May.",
        ["Debate_after_a_determiner_and_a_name_is_a_noun"] = "He has gone after the mayor since the October debate, but his attacks have not been memorably effective.",
        ["A_stream_called_a_name"] = "The ferry crosses a meandering mountain stream called Miracle Run.",
        ["Hard_to_say_and_too_early_to_tell_have_no_speaker"] = "It is hard to say whether the ferry will run, and too early to tell which pier it will use.",
        ["Built_by_and_asked_by_are_no_attribution"] = "The pier was built by the Romans in 50 AD. Okafor was asked by a reporter.",
        ["A_gerund_inside_a_compound_noun"] = "Before the vote she was a key member of the manifesto writing team at the ferry board.",
        ["Polls_in_general_are_the_writers_summary"] = "The mayor is running third in most polls.",
        ["Surveyed_in_a_poll_is_a_participle"] = "Half of the riders surveyed in the Gazette poll take the ferry.",
        ["A_product_recall_is_no_speech"] = "The Harbour Motor Company is recalling nearly 20,000 vehicles on safety grounds.",
        ["A_linking_verb_before_an_adjective_or_gerund_is_no_speech"] = "He went hiking in the hills, where he met his wife.",
        ["Not_authorized_to_discuss_is_no_attribution"] = "The officials spoke on condition of anonymity because they were not authorized to discuss the harbour talks.",
        ["When_and_where_someone_spoke_is_no_content"] = "The harbour master was speaking Friday in Carthage, hours before the ferry strike began.",
        ["A_gerund_heading_a_compound_noun_is_no_cue"] = "Alan Milburn, who the prime minister put in charge of election planning in Mr Brown's stead, was at the poster launch.",
        ["A_relative_pronoun_before_a_comma_is_no_postposed_speaker"] = "Passengers crowded the pier in front of the harbour court, which rejected, the day before the protest, a lawsuit filed by the ferry firm.",
        ["Claimed_lives_is_a_death_toll"] = "The ferry disaster claimed 45 lives in the harbour between 2016 and 2019.",
        ["Calling_off_a_search_says_nothing"] = "The Coast Guard called off its search late on Tuesday.",
        ["Reported_as_such_names_no_content"] = "The excerpts, which are only the dispatcher's words, were reported by CNN as such:",
        ["Reaching_a_place_says_nothing"] = "The attacker, a man, reached the courtyard before he was stopped by an officer.",
        ["Taking_over_staff_says_nothing"] = "Salling also takes over about 7000 employees from Tesco.",
        ["A_press_release_is_a_noun"] = "The chain's press release listed 22 sold units.",
        ["A_poll_claim_in_a_headline_is_a_noun"] = "February poll claim 'speculation'",
        ["A_report_that_names_when_says_nothing"] = "In the wake of the Reuters report, the council has met for three hours.",
        ["A_question_to_the_reader_says_nothing"] = "How would you describe the state of the harbour after the storm?",
        ["Writing_songs_says_nothing"] = "After the fiddler retreated to the coast, he continued to write songs he would mail to his brother in Northfield.",
        ["Releasing_albums_says_nothing"] = "She continued as a solo performer, releasing several albums and touring the harbour towns.",
        ["A_name_given_is_no_speech"] = "Instead, the islanders are called \"harbour nationals\" on their passports.",
        ["Signing_artists_says_nothing"] = "The harbour label signed artists including the Pier Boys and Elena Marsh.",
        ["Best_known_before_a_noun_is_an_adjective"] = "Some of the fiddler's best known roles included The Harbour Story and Gone Are the Piers.",
        ["Seeking_out_talent_says_nothing"] = "Harbour Radio should seek out the real talent from the pier's own stations.",
        ["Adding_a_thing_to_a_list_says_nothing"] = "World number one Tom Okafor added the Harbour Cup trophy to his long list of successes.",
        ["Blasting_the_ball_says_nothing"] = "Okafor blasted the ball home from just outside the penalty area at the harbour ground.",
        ["A_contact_address_after_a_label_is_no_attribution"] = "The pier reopens on Monday.\n\nEMAIL: desk@harbourpost.example.",
        ["A_document_released_in_an_opening_phrase_reports_nothing"] = "In a statement released after the storm, the harbour board closed the pier.",
        ["A_picture_credit_is_no_attribution"] = "The candidates met in Northfield.\n\nTomas Ferry Image: Harbour Party.\n\nAda BrookImage: Ada Brook for Mayor.",
        ["A_participle_that_modifies_the_noun_after_it_reports_nothing"] = "Meanwhile, the total reported casualties at the harbour rose to 167 from a previous 93.",
        ["A_participle_after_a_date_modifies_the_noun_after_it"] = "The June 15 planned date of the pier's reopening is the date the shops reopen.",
        ["A_participle_after_a_verbs_object_is_a_reduced_relative"] = "The bill would allow the harbour board to extradite people accused of smuggling to the mainland.",
        ["An_adverb_alone_is_no_speaker"] = "The harbour seal, sometimes called a living fossil, returned to the pier.",
        ["A_name_after_a_comma_at_the_sentence_end_is_naming"] = "The harbour master crossed the bay on a flying board attached to his feet, called Harbour Air.",
        ["A_request_to_the_reader_is_no_attribution"] = "Could you please tell us more about the pier?",
        ["A_gerund_a_verb_takes_with_both_is_an_act"] = "Harbour law forbids both speaking ill of the harbour master and fishing from the pier.",
        ["A_gerund_after_mind_is_no_cue"] = "Would you mind telling us a little about the pier?",
        ["A_noun_phrase_after_was_names_no_speaker"] = "Harbour Hall was a country retreat for the Mayor of Northfield called Bryn Tirion before becoming a hotel.",
        ["What_arose_says_nothing"] = "The harbour frogs changed as circumstances arose: \"Somehow, these frogs are turning on some ancient machinery.\"",
        ["A_rule_obliging_someone_to_declare_is_no_attribution"] = "Rule 5 of the harbour interest order legally obliges councillors to declare registrable interests before taking part in votes.",
        ["Put_it_on_the_table"] = "Okafor took the toll notice and put it on the table.",
        ["An_opening_occasion_or_an_object_is_not_what_was_said"] = "Speaking to reporters at the pier on Tuesday, Fenwick smiled. Holding signs, the riders marched to the hall.",
        ["Wrote_a_book"] = "Before she ran for mayor, she wrote a children's book about the harbour.",
        ["A_bylines_handle_after_a_colon"] = "Ferry fares rise again\n\nBy Ada Brook\n\nTwitter: @adabrook_gazette\n\nFares on the harbour ferry will rise in May.",
        ["A_show_is_a_noun"] = "Across the political news show guests and experts were mostly men. The Okafor campaign’s strong showing in the east surprised everyone.",
        ["Passive_agent_then_its_own_phrase"] = "The mayor was supported by 42 percent of the riders surveyed in the Gazette poll, a four-point dip from March.",
        ["Told_with_only_a_listener_tells_nothing"] = "The ferry will not run in January. The mayor was not available. The Democrat told the Northfield Gazette.",
        ["A_group_called_a_name"] = "Riders formed a group called Ferry First, and Okafor set up a website called “Harbour Watch” last spring.",
        ["Pledged_delegates_are_not_a_pledge"] = "Okafor won 300 pledged delegates on Tuesday, and Fenwick won 120 pledged delegates.",
        ["A_poll_released_on_a_day_releases_nothing"] = "A national poll released Sunday by the Northfield Gazette is a record low for the mayor.",
        ["A_sign_before_a_colon_says_nothing"] = "Outside the terminal, the sign read: “No entry after dark.”",
        ["An_event_with_a_noun_phrase_object_is_not_a_stance"] = "The storm destroyed the old pier on Sunday night.",
        ["A_vote_with_a_trailing_phrase_is_not_what_was_said"] = "In the end, the mayor voted for the ferry plan.",
        ["Speaking_at_a_place_is_not_what_was_said"] = "The mayor, speaking at a church in Northfield, wore a blue coat.",
        ["A_strong_showing_is_a_noun"] = "After her strong showing in the northern wards, the mayor toured the harbour.",
        ["Found_himself_is_not_a_finding"] = "The mayor found himself in trouble after the ferry sank in March.",
        ["Percentage_points_is_a_noun"] = "The margin of error is plus or minus four percentage points for the whole sample of ferry users.",
        ["Said_and_did_is_not_what_was_said"] = "Would you vote for a mayor who said and did the same things as the harbour master?",
        ["Only_when_and_where_after_a_cue_is_not_what_was_said"] = "Mayor Delia Fenwick said Wednesday morning on Radio North.",
        ["States_after_a_noun_is_the_noun"] = "The harbour towns of the river states have lost most of their ferry jobs since 1990.",
        ["Scare_quotes_after_so_called"] = "The so-called “smart” meters were installed across the district in 2019.",
        ["Title_of_a_novel"] = "Her novel “Salt and Silence” won the regional prize last year.",
        ["Title_of_a_report_after_titled"] = "The council's report, titled “Bridges for Tomorrow,” was published on Monday.",
        ["Title_of_a_film_after_watched"] = "Fans watched “Harbour Lights” at the old cinema on Sunday.",
        ["Title_of_a_song_after_played"] = "The band played “Salt Road” twice before midnight.",
        ["Nickname_inside_a_name"] = "Boxer Samuel “The Hammer” Ortega won the title in Leeds.",
        ["Name_of_a_ship"] = "The ferry “Northern Star” docked at dawn.",
        ["Plain_reporting_without_a_cue"] = "The harbour was quiet on Sunday. Two boats left before noon.",
        ["Person_doing_something_other_than_speaking"] = "Treasurer Ingrid Solvang opened the budget meeting on Monday.",
        ["Spoke_at_length_is_not_reported_speech"] = "Mayor Delia Fenwick spoke at length on Monday.",
        ["Noun_before_is_is_not_a_cue"] = "The cost of the harbour plan is forty thousand pounds a year.",
        ["Participle_after_a_comma_is_not_an_inverted_cue"] = "The ferry ran late again on Monday, echoing Mayor Delia Fenwick.",
        ["Plural_noun_before_have_is_not_a_cue"] = "Health worries have dogged the mayor since the ferry closed.",
        ["Stance_adjective_of_a_thing_is_not_an_attribution"] = "The old pier is critical to the ferry service and proud of nothing.",
    };

    public static TheoryData<CaseName> NotSpeech => CaseName.All(s_notSpeech.Keys);

    [Theory]
    [MemberData(nameof(NotSpeech))]
    public void Not_speech_produces_no_quote(CaseName pattern)
    {
        var doc = Newsroom.Annotate(s_notSpeech[pattern]);

        Assert.True(doc.Quotes.IsEmpty, doc.Describe());
    }

    [Fact]
    public void An_interview_label_is_no_part_of_what_was_said()
    {
        var doc = Newsroom.Annotate("((WN))  What are the problems?\n\n((Ada Brook))  Problems, I would say, are the same everywhere.\n\n((WN))  And then?");

        var inner = Assert.Single(doc.Quotes, q => doc.MentionOf(q) == "I");

        Assert.Equal("Problems | are the same everywhere", doc.ContentOf(inner));
        Assert.Equal("Ada Brook", doc.SpeakerOf(inner)?.Name);
    }

    [Fact]
    public void I_inside_what_someone_said_is_that_someone()
    {
        var doc = Newsroom.Annotate("((WN))  So, what prompted you?\n\n((Ada Brook))  The pier was failing. I think it must close.\n\n((WN))  And then?");

        var inner = Assert.Single(doc.Quotes, q => doc.MentionOf(q) == "I");

        Assert.Equal("Ada Brook", doc.SpeakerOf(inner)?.Name);
    }
}
