"""Word lists the rule-based extractors share: event triggers, hedges, victims, displacement.

They are data, kept in one place so the eval can show which entry fired, and so a learned model
(issue 3) can reuse them as features.
"""

from __future__ import annotations

__all__ = [
    "lower_pattern",
    "lower_text",
    "TRIGGERS",
    "DEFINITE_EVENT_NOUNS",
    "GENERIC_ACTORS",
    "HEDGES",
    "REPORTING_VERBS",
    "CIVILIAN_NOUNS",
    "COMBATANT_NOUNS",
    "PEOPLE_NOUNS",
    "OUTCOME_VERBS",
    "PERSON_NOUNS",
]

#: one person, by what he or she was or did (singular; "a farmer", "the village chief"): the
#: single deaths in singular.py and the dead found in TRIGGERS
PERSON_NOUNS = (
    r"(?:civilian|resident|villager|farmer|student|teacher|child|boy|girl|man|woman|soldier|"
    r"policeman|police officer|officer|guard|militant|fighter|rebel|insurgent|commander|leader|"
    r"chief|head|commissioner|official|infantryman|serviceman|servicewoman|rifleman|conscript|"
    r"pilot|volunteer|vendor|trader|shopkeeper|driver|journalist|activist|priest|pastor|imam|"
    r"doctor|nurse|worker|manager|businessman|politician|lawmaker|candidate|councillor|mayor|"
    r"customer|passenger|pupil|judge|lawyer|employee|peacekeeper|member|bystander|herder|"
    r"protester|demonstrator|surgeon|engineer|fisherman|worshipper|shepherd|"
    r"herdsman|cleric|monk|nun|missionary|tourist|refugee|migrant|prisoner|detainee|hostage|"
    r"lorry driver|truck driver|motorist|cyclist|pedestrian|mother|father|son|daughter|baby|"
    r"husband|wife|brother|sister|uncle|nephew|grandson|granddaughter|grandfather|grandmother|"
    r"infant|toddler|teenager|youth|elder|chieftain|cameraman|reporter|photographer|aid worker|"
    r"health worker|sergeant|captain|lieutenant|colonel|general|trooper|gendarme|chairman|"
    r"chairwoman|headman|councilor|administrator|governor|senator|legislator|deputy|"
    r"militiaman|paramedic|medic|ranger|guide|cook|labourer|laborer|miner|"
    r"seller|hawker|porter|pilgrim|mechanic|tailor|barber|butcher|baker|watchman|security guard|"
    r"owner|shop owner|landlord|tenant|assistant|aide|bodyguard|escort|"
    r"interpreter|translator|contractor|firefighter|rescuer|civil servant|staff member|"
    r"prosecutor|magistrate|waiter|guest|rubber tapper|farmhand|vaccinator|polio worker|"
    r"inspector|instructor|lecturer|professor|headmaster|headteacher|principal|clerk|cashier|"
    r"accountant|banker|preacher|campaigner|organiser|organizer|coordinator|technician|"
    r"presenter|broadcaster|blogger|editor|columnist|publisher|victim|"
    r"electrician|carpenter|defender|rights defender|environmentalist|\d{1,2}-year-old|"
    r"constable|policewoman|suspect|person|individual|thief|robber|burglar|citizen|neighbour|"
    r"neighbor|relative|bandit|kidnapper|smuggler|poacher|informant|informer|collaborator|spy|"
    r"lady|sheikh|motorcyclist|rider|gangster|teen|schoolboy|schoolgirl|newborn|widow|patient|"
    r"inmate|convict|deserter|recruit|cadet|jihadist|terrorist|gunman|attacker|assailant|"
    r"vigilante|hunter|pensioner|groom|bridegroom|bride|waitress|housewife|maid|caretaker|gardener|"
    r"cleaner|dancer|singer|musician|artist|footballer|athlete|coach|shopper|commuter|traveller|"
    r"traveler|worshiper|churchgoer|parishioner|nomad|pastoralist|goatherd|beekeeper|occupant|"
    # "killed a couple and their son": two people (see _singular_deaths)
    r"(?:elderly\s+|young\s+|married\s+)?couple(?!\s+of\b))"
)

# (phrase regex, sub_event_type, strength). Phrases are matched case-insensitively on word
# boundaries; the first (leftmost) strongest trigger of a sentence decides its type.
TRIGGERS: list[tuple[str, str, float]] = [
    # Explosions/Remote violence
    (
        r"suicide (?:\w+ )?(?:bomb(?:ers?|ings?|s)?|attack(?:er)?s?|car bomb(?:er|ing)?|vests?|belts?)|blew (?:him|her|them)sel(?:f|ves) up|"
        r"set off (?:his|her|their) explosives|detonated (?:his |her |their )?(?:\w+ )?(?:vests?|belts?)|detonated (?:his|her|their) (?:\w+ )?explosives|explosive (?:vests?|belts?)|"
        r"(?:car|motorcycle|motorbike|truck|lorry|tanker) bombers?|self-immolat\w+ bomber|"
        # "women strapped with explosives walked into a wedding party"
        r"strapped with explosives|"
        # "drove a truck packed with explosives into the gate of an army base": a driver who died
        # with his bomb
        r"(?:drove|rammed|crashed) (?:a|an|his|her|their) (?:[\w-]+ ){0,2}(?:truck|car|vehicle|lorry|"
        r"tanker|van|motorbike|motorcycle|minibus) (?:packed|laden|loaded|rigged|filled|stuffed) with "
        r"explosives (?:in)?to|"
        # "detonated explosives hidden under his shawl"
        r"explosives (?:hidden |strapped )?(?:under|beneath|to) (?:his|her|their) (?:shawl|clothes|clothing|bodies|"
        r"jacket|coat|robe|body|chest)",
        "Suicide bomb",
        1.0,
    ),
    (
        r"chemical (?:attack|weapons?|agents?|munitions?)|CS gas|riot[- ]control (?:gas|agents?)|filled with (?:a |an )?(?:tear[- ]gas|tear|CS|toxic|poison(?:ous)?|chemical|riot[- ]control) (?:gas|agents?)|chloropicrin|phosgene|chlorine|sarin|mustard (?:gas|agent)|nerve agents?|gas attack|toxic gas|poison gas|"
        r"toxic (?:chemical )?substances?|chemical substances?|toxic chemicals?|"
        # what survivors smelled, saw and breathed: "a yellow cloud that smelled of bleach",
        # "inhaled an unknown gas", "munitions containing banned substances"
        r"(?:(?:smell(?:ed|ing|s)?|a smell) (?:of|like)|stench of) (?:bleach|chlorine|rotten \w+|garlic)|"
        r"(?:a )?cloud of (?!tear)(?:[\w-]+ )?gas|released (?:a |an )?(?!tear)(?:\w+ )?gas\b|"
        r"(?:yellow(?:ish)?|green(?:ish)?) (?:cloud|fumes|smoke|gas)|"
        # "the shells released a toxic cloud", "tear gas grenades ... against its soldiers":
        # a riot-control agent used on troops in war is a chemical weapon (ACLED)
        r"(?:toxic|poisonous|noxious|choking) (?:cloud|fumes|smoke)|"
        # "attacked Ukrainian positions with drone-dropped gas grenades"
        r"drone-dropped (?:[\w-]+ )?(?:gas|chemical|toxic|irritant)|"
        r"(?:tear[- ]gas|CS|gas) (?:grenades|munitions|shells|canisters) (?:[^.;]{0,40}? )?(?:against|on|at) "
        r"(?:\w+ ){0,2}(?:soldiers|troops|positions|trenches|servicemen)|"
        r"inhal(?:ed|ing) (?:an? )?(?:unknown|toxic|poisonous|strange|noxious|suspicious|pungent|"
        r"(?:foul|sweet|strange)-smelling) (?:gas|substance|smell|fumes)|"
        # "robbers sprayed an unknown gas into a house", "a canister that released a white gas",
        # "poured a chemical into the school's water tank": a gas or chemical used on people
        r"(?:sprayed|released|pumped|poured|threw) (?:an? )?(?:unknown|toxic|poisonous|noxious|irritant|"
        r"white|pungent|(?:foul|sweet|strange)-smelling) (?:gas|chemical|substance|liquid)|"
        r"(?:sprayed|pumped|poured) (?:a )?chemicals? (?:into|through|on|over)|"
        r"(?:munitions?|shells?|bombs?|grenades?|canisters?|rockets?) (?:containing|filled with|laced with) "
        r"(?:a |an )?(?:banned|toxic|poisonous|noxious|unknown) (?:substances?|agents?|chemicals?|gas)|"
        # "used a drone to drop canisters of an irritant gas on a FAMa post"
        r"(?:canisters?|grenades?|munitions?|shells?|bombs?) (?:of|containing|filled with) (?:an? )?(?:irritant|choking|toxic|poison(?:ous)?) (?:gas|agents?)|"
        # the school poisonings of Afghanistan and Iran: a substance released in a classroom
        r"(?:schoolgirls|schoolchildren|pupils|students|girls) (?:[^.;]{0,90}? )?(?:were |had been |have been |being )poisoned|"
        r"(?:suspected )?poison(?:ing)? attacks? on (?:\w+ )?(?:school|schools|schoolgirls|pupils|students|girls)|"
        r"(?:schoolgirls|schoolchildren|pupils|students|girls) poisoned|"
        r"(?:deliberate|suspected|mass|serial) poisonings?|"
        # "used gas against its soldiers", "bombs that released a chemical smoke"
        r"used (?:\w+ )?gas (?:against|on)|chemical (?:smoke|cloud|gas|fumes)|"
        # what the wounded were treated for: "chemical poisoning", "exposure to a toxic agent"
        r"(?:chemical|gas|toxic) poisoning|exposure to (?:an? )?(?:toxic|chemical|poisonous) "
        r"(?:agents?|substances?|chemicals?|gas)|(?:choking|blister|blistering|irritant) (?:agents?|gas)|"
        r"chemical-laden|(?:loaded|laden|filled|packed) with (?:hazardous|toxic|poisonous) (?:chemicals|substances)|"
        r"poisonous substances|foaming at the mouth|"
        # agents by name
        r"Novichok|VX(?= nerve| gas| agent)|ricin|hydrogen cyanide|cyanide gas|(?:sulfur|sulphur) mustard|"
        r"(?:were|was|had been|been) gassed|incapacitating (?:agents?|gas|chemicals?)|"
        r"irritant (?:gas|chemicals?|substances?|agents?)|mustard-type|blister agents?|"
        # "fell ill after smelling a strange odour"
        r"(?:smell(?:ed|ing)?|inhal(?:ed|ing)) (?:an? )?(?:strange|unknown|foul|pungent|unusual) (?:odou?r|smell)|"
        r"poisoning of (?:\w+ )?(?:schoolgirls|schoolchildren|pupils|students|girls)",
        "Chemical weapon",
        1.0,
    ),
    (
        r"air ?strikes?|air ?raids?|air attacks?|aerial (?:bombardment|attack|strike|bombing)s?|unmanned aerial vehicles?|UAVs?|"
        # drones by kind or make: "a quadcopter dropped a grenade", "a Bayraktar TB2 targeted a
        # convoy", "a loitering munition hit an artillery position"
        r"(?:quadcopters?|Bayraktars?(?: TB2s?)?|TB2s?|Shaheds?|Lancets?|loitering munitions?|"
        r"FPV drones?|Reaper drones?|MQ-9s?)(?= (?:\w+ )?(?:struck|hit|attacked|targeted|dropped|bombed|"
        r"slammed|crashed|fired|exploded))|"
        # "Russia launched 40 drones at Kyiv overnight", "Shahed drones launched at Odesa"
        r"(?:launched|fired|sent) (?:[\w-]+ ){0,3}drones? (?:at|on|against|towards|toward|into)\b|"
        # "the military carried out strikes on TTP hideouts" (not a workers' strike)
        # (the target only looked ahead to: it may hold a named group, and actors are no trigger)
        r"(?:carried out|conducted|launched) (?:[\w-]+ ){0,2}strikes(?= (?:on|against|targeting) (?:[\w'’-]+ ){0,3}"
        r"(?:hideouts?|positions?|camps?|targets|bases?|militants|fighters|rebels|insurgents|strongholds?|"
        r"depots?|training (?:camps?|facilities))\b)|"
        r"drones? (?:were |was )?launched (?:at|on|against|towards)\b|warplanes?|fighter jets?|(?:jets|planes|aircraft|helicopters|gunships) (?:had |have )?(?:struck|bombed|hit|pounded|attacked|targeted|strafed)|drone (?:strike|attack)s?|drones? (?:struck|hit|attacked|targeted)|bombed by (?:jets|planes|aircraft|drones)|barrel bombs?|"
        r"(?<=air force )(?:strikes?|jets?|planes?|aircraft|bombed|pounded|struck|hit|targeted|bombarded)|(?<=military )bombed|(?<=army )bombed|"
        r"(?:jets?|planes?|aircraft|helicopters?|gunships?|drones?) (?:\w+ )?(?:bombed|struck|strafed|fired on|dropped|destroyed)|"
        r"(?:helicopters?|gunships?|drones?) (?:\w+ )?(?:opened fire on|fired (?:rockets|missiles) (?:at|on|into))|"
        r"drones? (?:that |which )(?:\w+ )?(?:struck|hit|slammed into|tore through|crashed into)|"
        # "a drone slammed into the dining hall", "the drone fired twice at pick-ups"
        r"drones? (?:\w+ )?(?:slammed|crashed|smashed|ploughed|plowed) into|"
        r"drones? (?:\w+ )?fired (?:\w+ )?(?:at|on|into)\b|"
        r"drones? (?:loaded|laden|packed|armed|rigged) with explosives|explosives?-laden drones?|"
        # "an Israeli strike hit its prayer hall", "killed in the strikes": a strike that hits
        # or kills is from the air (a missile or artillery strike is typed by its weapon)
        r"(?<!missile )(?<!rocket )(?<!artillery )(?<!hunger )(?<!general )strikes? "
        r"(?:hit|flattened|levell?ed|struck|destroyed|targeted|slammed into)\b|"
        # (the strikes only looked ahead to: "Turkish" names an actor, and actors are no trigger;
        # "\w+i" is Israeli, Iraqi, Saudi, Pakistani: the patterns match lower-cased text)
        r"(?:killed|wounded|injured|hit|destroyed|flattened) (?:in|by)(?= (?:an? |the )?"
        r"(?:(?:successive|repeated|overnight|separate|two|three|several|\w+i|Russian|"
        r"Turkish|Syrian|American|US|Saudi|coalition|Pakistani|Ukrainian|Sudanese|Ethiopian|"
        r"Nigerian|Somali|Yemeni|Iranian|Afghan|Burmese|Myanmar|French|British) ){1,2}strikes?\b)",
        "Air/drone strike",
        0.95,
    ),
    (
        r"shell(?:ing|ed|s)?|artillery|mortars?|rockets?|missiles?|projectiles?,? (?:fired|launched)|(?:fired|launched) (?:rockets|missiles|shells|mortars)|bombardment|pounded|grad",
        "Shelling/artillery/missile attack",
        0.9,
    ),
    (
        r"improvised explosive devices?|IEDs?|roadside bombs?|remote[- ]controlled (?:bomb|device|explosive)s?|magnetic bombs?|sticky bombs?|blew up (?:a|an|the|their) (?:[\w-]+ ){0,2}(?:vehicle|car|bus|truck|convoy|jeep|patrol|van|minibus)|(?:car|vehicle|truck|lorry|motorcycle) (?:packed|laden|loaded|rigged|filled) with explosives|explosives?-laden|landmines?|land mines?|(?:anti-personnel|anti-tank) mines?|stepp(?:ed|ing) on (?:a|an) (?:\w+ )?mine|car bombs?|bomb (?:exploded|blast|attack|went off)|(?:parked|booby-trapped|stationary) (?:car|vehicle|motorcycle|motorbike|minibus|truck) (?:\w+ )?(?:blew up|exploded)|(?:bomb|blast|explosion) (?:ripped|tore) through|explosive devices?|booby[- ]trap(?:ped)?|bombings?|blasts?|explosions?|exploded|detonated",
        "Remote explosive/landmine/IED",
        0.85,
    ),
    (r"grenades?", "Grenade", 0.9),
    # Battles
    (
        r"(?:re)?captured(?=\s+(?:the|a|an|control|parts?|most|much|large|[A-Z]))|(?:re)?took (?:control|over)|(?:re)?tak(?:en|ing) (?:full )?[\"“]?control|raised (?:their|its|the|a) (?:\w+ ){0,2}flag over|"
        r"(?:hoisted|raised) (?:their|its|the) (?:\w+ )?flag|flag (?:now )?(?:flew|flies|was flying|was raised|was hoisted) over|(?:fought|battled|pushed) (?:their|its) way into|occupied|seized (?:control )?(?:of )?(?:the )?(?:\w+ ){0,2}(?:town|village|city|area|base|district|port|airport|positions?)|seized (?:the )?(?:[\w-]+ ){0,2}(?:headquarters|police stations?|government buildings|administrative buildings)|(?:controlled|were in control of|took control of) (?:most|much|all|large parts|parts) of the (?:town|city|village|district|area)|retaken|overran|overrun|territorial gains?|advance[sd]?|cut (?:\w+ )?off|fell to|(?:re)?gained control|liberated|retook|recaptured|(?:took|taken|take|takes|won|wrested) back|"
        # "took the town of Kukawa", "have taken the provincial capital" (not "took the village
        # chief hostage")
        # "troops drove insurgents out of the town": a place taken from its holders
        r"(?:drove|driven|pushed|chased) (?:[\w-]+ ){0,2}(?:insurgents|rebels|militants|fighters|"
        r"jihadists|troops|forces|soldiers|militiamen|militias|gunmen|terrorists|extremists|them) "
        r"out of (?=the |[A-Z])|"
        r"(?:re)?(?:took|taken|taking)[\"”’']? (?:the |a |an )?(?:[\w-]+ ){0,2}(?:town|village|city|district centre|"
        r"district center|port|airport|capital|settlement|stronghold|garrison town)\b"
        r"(?! (?:chief|elders?|heads?|leaders?|residents|hostage|council|officials?|square|hall|"
        r"bus|buses|train|ferry|road|by surprise|to court))",
        "Non-state actor overtakes territory",
        0.8,
    ),
    (
        r"clash(?:es|ed)?|fighting|fought|battl(?:e|es|ed|ing)|firefights?|gun ?battles?|skirmish(?:es)?|exchanges? (?:of )?(?:gun)?fire|(?:exchanged|traded) (?:gun)?fire|gunfights?|offensive|assault(?:ed)?|ambush(?:ed)?|stormed|raid(?:ed)?|attack(?:s|ed|ing)?|entered|(?:drove|rolled) into|counter-?attack|engaged (?:them|the|in|rebels|militants|insurgents|fighters|gunmen)|"
        r"open(?:ed|ing)? fire|fired (?:on|at|upon|into)|shot at|(?:shooting|firing) (?:at|on|into)|fired (?:\w+ ){0,2}(?:shots|bullets)(?! (?:in|into) the air)",
        "Armed clash",
        0.7,
    ),
    # "troops neutralised 10 terrorists": an armed side's claim of armed men killed
    (
        r"neutrali[sz](?:ed|ing)(?= (?:at least |some |about |more than |over )?[\w-]+ (?:[\w-]+ )?"
        r"(?:terrorists|militants|insurgents|jihadists|fighters|rebels|bandits|assailants|"
        r"attackers|gunmen|extremists|elements)\b)",
        "Armed clash",
        0.6,
    ),
    # Violence against civilians
    (
        # "marched 23 people, including the pastor's wife, into the bush"
        r"marched (?:[\w'’-]+,? ){0,7}(?:into the (?:forest|bush)|away at gunpoint)|took (?:him|her|them)(?: [\w,]+){0,8} into the (?:bush|forest)|"
        r"abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?|taken hostage|held hostage|seiz(?:ed|ing) (?!(?:swathes|swaths|parts|much|most|chunks|tracts|stretches|large|areas|control) )(?:\d+|dozens|hundreds|several|two|three|four|five|six|seven|eight|nine|ten|\w+ of) "
        # "seized two rifles": things, not people
        r"(?!(?:[\w-]+ )?(?:rifles?|guns?|pistols?|weapons?|firearms?|vehicles?|cars?|trucks?|motorcycles?|"
        r"rounds|bullets|grenades?|kilo(?:gram)?s?|kg|tons?|tonnes?|bags?|boxes|phones?|computers?|"
        r"documents?|cattle|goats|cows|sheep|camels|animals|boats?|drones?)\b)|forcibly disappeared|t(?:ake|akes|aking|ook|aken) (?:\w+ ){0,4}hostages?|"
        r"seized (?:the |a |an |his |her |their |two |three |four |five |several |\d+ )(?:\w+ ){0,2}(?:parents|wife|husband|sons?|daughters?|children|relatives|pilot|engineers?|priests?|pastors?|nuns?|journalists?|tourists?|aid workers?|workers?|activists?|lawyers?|students?|teachers?|passengers|villagers|farmers|chiefs?|traders?|doctors?)\b",
        "Abduction/forced disappearance",
        0.95,
    ),
    (
        r"(?:remain(?:ed|s)?|are|were|went|still) missing|unaccounted for|(?:was|were) seized by|(?:have|has|had) not been seen (?:again )?since|never seen again|"
        r"(?:is|was|were) (?:being )?held (?:captive|by)|holding (?:[\w-]+ ){1,4}(?:captive|hostage)|"
        r"(?:was|were) (?:\w+ )?(?:picked up|taken away|whisked away|bundled into)|"
        r"(?:loaded|bundled|forced|herded) (?:[\w-]+ ){0,4}into (?:(?:their|the|a|an|waiting|unmarked) )?(?:[\w-]+ )?(?:patrol cars?|police vans?|vans?|vehicles?|cars|trucks?|pick-?ups?|minibus(?:es)?)|"
        # "was taken from his home by armed men", "two engineers were taken from their vehicle",
        # "took away a Baloch student from his hostel"
        r"(?:was|were|been) taken (?:away )?from (?:a|an|the|their|his|her) (?:[\w-]+ ){0,2}?"
        r"(?:house|home|room|bed|farm|shop|vehicle|car|bus|truck|boat|school|church|mosque|office|"
        r"hotel|compound|village|classroom|dormitory|dormitories)(?:s|es)?\b|"
        r"took away (?:a |an |the |two |three |four |five |several |\d+ )?(?:[\w-]+ ){0,2}(?:students?|m[ae]n|wom[ae]n|activists?|journalists?|boys|girls|teachers?|persons|people|villagers|residents|youths?|lawyers?|chiefs?)\b|"
        # "took a municipal councillor from his farm", "took five young men from a street corner"
        r"took (?:him |her |them |a |an |the |two |three |four |five |six |several |\d+ )(?:[\w-]+ ){0,3}?"
        r"from (?:his|her|their|a|the) (?:[\w-]+ )?(?:homes?|houses?|farms?|street corner|cars?|vehicles?|shops?|beds?|rooms?)\b|"
        r"led (?:him|her|them) away\b|"
        # "carried off 18 passengers" (not "carried off goods")
        r"carr(?:ied|ying) off (?:(?:at least |some |about )?(?:\d+|two|three|four|five|six|seven|eight|"
        r"nine|ten|dozens of|several|a number of) )?(?:[\w-]+ )?(?:passengers|villagers|women|girls|"
        r"boys|children|students|pupils|people|residents|farmers|worshippers|travell?ers|hostages)\b|"
        # "men in plain clothes forced him into a car"
        r"forced (?:him|her|them) into (?:a|an|their|the|waiting) (?:[\w-]+ )?(?:car|vehicle|van|truck|pick-?up|4x4)\b|"
        # "picked up at least six BNP activists"
        r"picked up (?:at least |more than |some )?(?:[\w-]+ ){0,2}(?:activists?|leaders?|journalists?|students?|men|women|youths?|members|supporters|lawyers?)\b",
        "Abduction/forced disappearance",
        0.75,
    ),
    (r"rap(?:ed|e)|sexual(?:ly)? (?:violence|assault(?:ed)?|abuse[d]?)", "Sexual violence", 0.96),
    (
        r"massacre[sd]?|executed|execution|shot dead|gunned down|killed|killing|murdered|(?:hacked|burned|burnt|beaten|stabbed) (?:\w+ ){0,3}to death|beheaded|lynch(?:ed|ing)|"
        # "Jihadists slaughtered 12 Christians" (not cattle slaughtered for a feast)
        r"(?:slaughtered|butchered)(?! (?:[\w-]+ ){0,2}(?:cattle|cows?|goats?|sheep|animals|livestock|camels?|chickens|pigs?|rams?|bulls?|oxen)\b)|"
        # "burned them alive with tyres", "were burned alive"
        r"(?:burned|burnt|buried) (?:(?:them|him|her|[\w-]+ [\w-]+) )?alive|"
        r"assassinated|assassination(?! (?:attempt|plot|bid|try))|"
        r"hanged (?:him|her|them)(?= from)|"
        # "eight people were shot on Saturday when gang members swept through"
        r"(?:(?<=were )|(?<=was )|(?<=been ))shot(?! down\b| at\b| dead\b)\b",
        "Attack",
        0.6,
    ),
    # a sentence that only updates a toll: weak, so that it joins the event it counts
    (
        r"death toll|toll of the dead|(?:later |also )?died(?: of (?:his|her|their) (?:injuries|wounds))?|"
        r"(?:later |also )?succumbed(?= to (?:his|her|their) (?:injuries|wounds))|"
        r"(?<=the )toll(?= (?:had |has |have )?(?:risen|rose|climbed|reached|stood))|"
        # "By Monday evening the number of dead had climbed to 12"
        r"(?<=the )number of (?:the )?dead(?= (?:had |has |have )?(?:risen|rose|climbed|reached|stood))|"
        # "officials put the toll at 20 dead", "nine bodies had been recovered in the area"
        r"(?<=put the )toll(?= at\b)|(?<=put the death )toll(?= at\b)|"
        r"(?<=[\w-] )bodies(?= (?:had |have |were |was )?(?:been )?(?:recovered|found|retrieved|collected))|"
        r"(?:recovered|retrieved|pulled out|collected|counted) (?:at least |more than |some )?[\w-]+ bodies|"
        r"lost (?:their|his|her) lives?|(?<=were )[\"“']?neutrali[sz]ed",
        "Attack",
        0.3,
    ),
    # the dead found, no act told: an attack by whoever killed them ("The bodies of seven men
    # were found in a ditch", "A journalist was found dead in his car")
    (
        r"(?:bod(?:y|ies)|corpses?) of (?:an? |the |some |at least )?(?:[\w'’-]+ ){0,3}?(?:[\w-]+ )?"
        r"(?:men|women|people|persons|civilians|villagers|farmers|miners|man|woman|boy|girl|"
        r"children|youths?|migrants|residents|herders|fishermen|traders|journalists?|"
        # "The bullet-riddled body of a local councillor was found": any one person
        rf"(?:(?<=of a )|(?<=of an ))(?:[\w'’-]+ ){{0,3}}?{PERSON_NOUNS})"
        r"(?=[^.;]{0,50}? (?:were|was|had been|have been) (?:\w+ )?(?:found|discovered|dumped|"
        r"recovered|retrieved|exhumed))|"
        # "Police found the decapitated bodies of two men": the finders are not the killers
        r"(?:found|discovered) the (?:[\w-]+ )?(?:bod(?:y|ies)|corpses?) of (?:an? |some |at least )?"
        r"(?:[\w'’-]+ ){0,3}?(?:men|women|people|persons|civilians|villagers|farmers|miners|man|"
        r"woman|boy|girl|children|youths?|migrants|residents|herders|fishermen|traders|"
        r"journalists?)\b|"
        r"(?:(?<=was )|(?<=were )|(?<=been ))found "
        r"(?:shot |stabbed |strangled |beheaded |hanged |murdered )?dead",
        "Attack",
        0.35,  # weaker than any act told beside it ("found ..., a day after they were beheaded")
    ),
    # Protests and riots
    (
        r"(?:police|security forces|troops|soldiers) (?:opened fire on|shot|killed|fired live)[^.]{0,60}(?:protesters|demonstrators|marchers|protest|rally|march)",
        "Excessive force against protesters",
        1.0,
    ),
    (
        r"(?:opened fire|fired live (?:rounds|ammunition)|fired(?! (?:tear|water|rubber|pepper|warning|smoke|stun|plastic|blank)))"
        r" (?:(?!tear|water|rubber|pepper|warning|smoke|stun|plastic)\w+ ){0,3}?(?:on|at|into) (?:the |a |an )?(?:[\w'’-]+ ){0,3}(?:protesters|demonstrators|marchers|crowds?|march|rally|protest)",
        "Excessive force against protesters",
        0.95,
    ),
    (
        r"(?:tear ?gas|water cannons?|rubber bullets|"
        # (not a crowd leaving of itself: "the demonstration passed off peacefully and dispersed
        # around midnight")
        r"dispersed(?! (?:peacefully|without|quietly|calmly|on (?:its|their) own|later|after|in the|"
        r"around|before|shortly|soon|at (?:dusk|dawn|nightfall|midnight|noon|about|around|\d)|"
        r"by (?:midnight|evening|nightfall|dusk|the evening|noon|\d)))|"
        r"broke up|baton[- ]charged)",
        "Protest with intervention",
        0.9,
    ),
    (
        r"riot(?:s|ed|ing|ers)?|torched|set (?:ablaze|on fire)|looted|vandali[sz]ed|pelted|"
        r"thr(?:ew|owing|own) (?:stones|rocks|bricks|petrol bombs|molotov cocktails)|stone-throwing|burn(?:ed|ing|t) tyres",
        "Violent demonstration",
        0.75,
    ),
    (
        r"mobs?|vigilantes?|(?:beat|kicked|clubbed|battered) (?:\w+ ){0,4}to death|stoned (?:\w+ ){0,4}to death|lynch(?:ed|ing)|"
        # "A crowd beat a suspected thief"
        r"(?<=crowd )(?:beat|kicked|assaulted)|(?<=crowds )(?:beat|kicked|assaulted)",
        "Mob violence",
        0.75,
    ),
    (
        # the crowd as the doer: "beaten and hanged from a pole by a crowd", "a crowd then
        # pulled the passengers away ... stoned and beat them"
        r"(?:beaten|stoned|lynched|hanged|hacked|burned|burnt|set (?:on fire|ablaze)) (?:[\w-]+ ){0,6}by (?:a |an |the )?(?:angry |irate )?(?:crowds?|mobs?)|"
        # "an angry crowd set a suspected thief on fire"
        r"(?:crowds?|mobs?) (?:\w+ ){0,3}(?:set|doused) (?:a |an |the |two |three )?(?:[\w-]+ ){1,3}(?:on fire|ablaze|alight|with petrol)|"
        r"(?:crowds?|mobs?) (?:\w+ ){0,3}(?:pulled|dragged|seized|grabbed)[^.;]{0,120}(?:stoned|beat|lynched|set (?:them|him|her) (?:on fire|ablaze))",
        "Mob violence",
        0.8,
    ),
    (
        r"protest(?:s|ed|ers|ing)?|demonstrat(?:ion|ions|ors|ed)|rall(?:y|ies|ied)|march(?:ed|es)?|sit-?ins?|strike action|took to the streets|"
        # "residents gathered peacefully outside the governor's office ... to demand"
        r"gathered peacefully|gathered (?:outside|in front of|at) [^.;]{0,60}? to (?:demand|denounce|call for|press for|condemn)|"
        # "picketed the offices", "formed a human chain", "held up placards", "gathered outside
        # parliament chanting slogans"
        r"picket(?:ed|ing|s)?\b|human chains?|(?:held|holding|carried|carrying|waved|waving) (?:up )?"
        r"(?:placards|banners|signs|portraits)|(?:gathered|assembled|converged) (?:outside|in front of|at|on) "
        r"[^.;]{0,60}? chanting",
        "Peaceful protest",
        0.7,
    ),
    # Strategic developments
    (
        r"arrest(?:ed|s)?|detained|rounded up|taken into custody|"
        r"turned (?:himself|herself|themselves) in|"
        # "served him with an arrest warrant", "placed under house arrest"
        r"served (?:\w+ )?with (?:an )?arrest warrant|(?:placed|put) under (?:house )?arrest",
        "Arrests",
        0.7,
    ),
    (
        r"ceasefire|truce|peace (?:deal|agreement|accord)|signed an? (?:agreement|deal)|prisoner (?:swap|exchange)|"
        r"exchang\w+ (?:[\w,]+ ){0,4}(?:prisoners|detainees|captives)|under an? (?:\w+ ){0,2}(?:deal|settlement|agreement)|"
        # (what was signed only looked ahead to: "a UN-backed agreement" names an actor)
        # "released 10 hostages in exchange for ransom"
        r"(?:released|freed) (?:[\w-]+ ){0,3}(?:hostages|captives|abductees|prisoners) in exchange for|"
        r"signed(?= (?:the |a |an )?(?:[\w-]+ ){0,5}(?:agreements?|accords?|deals?|treat(?:y|ies)|"
        r"memorandum|declaration|protocol|pact))|"
        r"(?:settlement|agreement|deal|truce) (?:was |had been |has been )?reached|"
        r"reached an? (?:\w+ ){0,2}(?:settlement|agreement|deal|truce)|"
        r"(?:\w+-)?brokered (?:settlement|deal|truce|agreement)|"
        r"(?:formed|announced|forged|sealed) (?:a |an |the )?(?:formal |new |joint )?(?:alliance|coalition|federation)|"
        # "local government and Houthi representatives agreed to reopen a road"
        r"(?:(?<=representatives )|(?<=delegations )|(?<=sides )|(?<=parties )|(?<=elders )|"
        # ("elders in Galkayo agreed on Sunday to withdraw their militias")
        r"(?<=commanders )|(?<=leaders ))(?:[\w-]+ ){0,3}?agreed (?:on \w+ )?to "
        r"(?:reopen|open|exchange|release|withdraw|cease|halt|end|stop|lift|allow|swap|hand over)",
        "Agreement",
        0.6,
    ),
    (
        r"defused|dismantled (?:a |an |the )?(?:bomb|explosive|IED)|intercepted|shot down|"
        r"destroyed(?= (?:[\w-]+ ){0,3}(?:drones|(?:land)?mines?|IEDs?|explosive devices?)\b)|"
        r"(?:weapons|arms|explosives|ammunition)(?: and \w+)? (?:caches?|stockpiles?)|caches? of (?:weapons|arms|explosives)|"
        r"bomb disposal|made (?:it|them|the \w+) safe",
        "Disrupted weapons use",
        0.7,
    ),
    (
        # a bomb found before it went off: stronger than the bomb's own words
        r"(?:recovered|found|unearthed|discovered|detected|located) (?:a |an |the |two |three |four |five |\d+ )?"
        r"(?:[\w-]+ ){0,3}(?:IEDs?|improvised explosive devices?|landmines?|roadside bombs?)|"
        # "sappers cleared three anti-tank mines", "destroyed the package in a controlled
        # explosion", "shot the bomber before she could detonate her vest"
        r"cleared (?:a |an |the |two |three |four |five |\d+ )?(?:[\w-]+ ){0,2}(?:mines|landmines|IEDs|explosive devices)\b|"
        r"(?:detonated|destroyed|blew up) (?:[\w-]+ ){0,5}?in (?:a )?controlled (?:explosion|detonation)|"
        r"(?:in |a )controlled (?:explosion|detonation)|"
        r"(?:shot|killed|stopped|arrested|overpowered) (?:[\w-]+ ){0,6}?before (?:he|she|they|it) could (?:detonate|blow)|"
        # "thwarted a suicide attack", "foiled a bomb attack" (not "foiled five plots to kill":
        # a plot is no weapon used)
        r"(?:thwarted|foiled|averted|prevented) (?:a |an |the |two |three )?(?:[\w-]+ ){0,2}(?:attacks?|bombings?|bombs?)\b|"
        # "stopped a car packed with explosives at a checkpoint": the bomb never went off
        r"(?:stopped|intercepted|seized|impounded) (?:a |an |the |two |three )?(?:[\w-]+ ){0,2}"
        r"(?:cars?|vehicles?|trucks?|vans?|motorcycles?|pick-?ups?) (?:packed|laden|loaded|rigged|"
        r"fitted|filled) with explosives|"
        # air defences at work: what they fired at was the attack, and it failed
        r"(?<=air defences )(?:\w+ ){0,2}(?:fired at|engaged|downed|repelled|intercepted|shot down)|"
        r"(?<=air defenses )(?:\w+ ){0,2}(?:fired at|engaged|downed|repelled|intercepted|shot down)",
        "Disrupted weapons use",
        0.9,
    ),
    (
        r"set(?:ting)? up (?:\w+ ){0,4}(?:base|checkpoint|headquarters|post|outpost|observation point|training mission|"
        r"(?:command|operations|monitoring|coordination) (?:centre|center)|encampment|(?:military |permanent )positions?|(?:logistics|supply|military) hub|"
        r"(?<!protest )(?<!refugee )(?<!relief )(?<!IDP )(?<!displacement )(?<!tent )camp)|"
        # the verb alone: "established a new Rapid Intervention Battalion base" names a unit
        r"established(?= (?:\w+ ){0,5}(?:base|checkpoint|headquarters|outpost|observation (?:point|post)|"
        r"positions? in the (?:village|town)))|"
        # "rebels established a training camp near Kaga-Bandoro" (not a camp for the displaced),
        # "fighters stationed themselves in the governor's residence", "took up residence in a
        # former UN camp"
        r"established (?:a|an|their|its) (?:new )?(?:(?:military|training|rear|forward) camp|barracks)\b|"
        # "have made their camp in the abandoned village", "set up their own police station and
        # courts", "opened a district office" (an armed group's, after officials fled)
        r"made (?:their|its) (?:\w+ )?(?:camp|base|headquarters)\b|"
        r"set up (?:their|its) own (?:police stations?|courts?|administration|tax offices?)\b|"
        r"stationed (?:themselves|(?:[\w-]+ ){0,2}(?:troops|fighters|soldiers|forces|units|men)) (?:in|at)\b|"
        r"took up (?:residence|quarters) (?:in|at)\b|"
        r"opened (?:a|an|its|their) (?:\w+ ){0,3}(?:military|monitoring|joint|command|operations|overseas|training) (?:base|centre|center|headquarters|post|camp)|"
        # "opened a new forward operating base at Dansadau", "opened a new post in Ilaga"
        r"opened (?:a|its|their) new (?:forward operating |army |military |police )?(?:base|post|outpost|camp)\b(?! office)|"
        # "the Russian military opened an airbase in Qamishli"
        r"opened (?:a|an|its|their) (?:new )?(?:military )?(?:air ?base|airbase|naval base|drone base)\b(?! (?:museum|office|visitor))|"
        r"headquarters (?:was |were |had been |has been )?(?:established|set up|opened)|"
        r"(?:settled|moved) into (?:a |an |the |their )?(?:new |former )?(?:[\w-]+ )?(?:base|air ?base|airbase|headquarters|camp)\b|"
        r"arrived at (?:a|an|the) (?:[\w-]+ ){0,2}(?:air ?base|airbase|military base|army base|naval base)\b|"
        r"reopened (?:a |an |its |their |the )(?:[\w-]+ )?(?:base|outpost|military post|camp|headquarters|barracks)\b|installed (?:a |an |their |its )?(?:new |parallel |own )?administration|"
        # "erected a new outpost near the village", "constructed a military post"
        r"(?:constructed|erected|built) (?:a |an )?(?:new )?(?:military |army |forward )?(?:outpost|barracks|military (?:post|position)|fortified (?:post|position))\b|"
        # "relocated its command centre to the Mwalika valley", "are using it as a base"
        r"(?:relocated|moved|transferred) (?:its|their|the group's) (?:\w+ )?(?:headquarters|base|command (?:centre|center|post)|camp)|"
        # "seized a hotel in Hodeidah to use as a base", "erected checkpoints on the main road"
        r"to use (?:it |them )?as (?:a |an |their |its )?(?:\w+ )?(?:base|headquarters|barracks)\b|"
        r"(?:erected|installed) (?:\w+ ){0,3}checkpoints?\b|"
        # "seized the governor's office and made it their headquarters"
        r"made (?:it|them) (?:their|its) (?:\w+ )?(?:base|headquarters|barracks)\b|"
        r"(?:turned|converted) (?:it|them|(?:[\w'’-]+ ){1,3}?(?:school|building|hospital|compound|camp|stadium|university|church|mosque|house|hotel)(?: in [A-Z][\w'’-]+)?) into (?:a |an |its |their )?(?:\w+ )?(?:base|headquarters|barracks|command (?:centre|center|post))|"
        # "began building a military outpost near Kfar Kila", "set up positions in abandoned
        # houses", "established a presence at the airbase"
        r"(?:began|begun|started) (?:building|constructing|to build) (?:a |an )?(?:new )?(?:\w+ )?(?:base|outpost|military post|camp|barracks)\b|"
        r"set(?:ting)? up positions\b|established (?:a |an )?(?:permanent |military |new )?presence (?:at|in) (?:the |a )?(?:\w+ )?(?:air ?base|base|camp|airport)|"
        r"(?:using|used|use) (?:it|them|the (?:\w+ )?(?:school|building|hospital|compound|church|mosque|stadium)) as (?:a |an |their |its )?(?:\w+ )?(?:base|headquarters|barracks|command (?:centre|center|post)|military position)",
        "Headquarters or base established",
        0.72,
    ),
    (
        # foreign troops deployed to stay ("100 Russian military personnel arrived in
        # Ouagadougou to train the army"): weak, so that any fight in the sentence outranks it
        r"(?:troops|soldiers|personnel|instructors|contingent|advisers|advisors|peacekeepers|"
        r"mercenaries|contractors|paratroopers|marines|trainers)"
        # "the first soldiers of a Southern African Development Community force arrived in Goma"
        r"(?: of (?:[\w-]+ ){1,6}?(?:force|mission|contingent)| from [A-Z][\w-]+(?: [A-Z][\w-]+)?)?"
        r" (?:have |had )?(?:arrived|landed) in\b|"
        # "The first contingent of 200 Rwandan soldiers was deployed to Cabo Delgado", "Burundi
        # has quietly deployed hundreds of troops to eastern Congo", "Russia has stationed troops"
        # (to a place: not "troops were deployed to repel incursions")
        r"(?:troops|soldiers|personnel|instructors|contingent|peacekeepers|paratroopers)"
        r"(?: [\w,-]+){0,4}? (?:was|were|has been|have been|had been) (?:deployed|stationed) (?:to|in|at)"
        r"(?! (?:repel|fight|help|protect|secure|support|counter|combat|stop|quell|restore|guard|"
        r"reinforce|back|maintain|keep|control|enforce|tackle|hunt|pursue|search|prevent|contain|"
        r"curb|end|crush|clear|rescue|evacuate|assist|battle|push|retake|recapture|flush|"
        r"disperse|monitor|patrol)\b)|"
        r"(?:deployed|dispatched|stationed) (?:[\w,-]+ ){0,4}?(?:troops|soldiers|personnel|"
        r"instructors|contingent|peacekeepers|paratroopers|military aircraft) (?:to|in|at)"
        r"(?! (?:repel|fight|help|protect|secure|support|counter|combat|stop|quell|restore|guard|"
        r"reinforce|back|maintain|keep|control|enforce|tackle|hunt|pursue|search|prevent|contain|"
        r"curb|end|crush|clear|rescue|evacuate|assist|battle|push|retake|recapture|flush|"
        r"disperse|monitor|patrol)\b)|"
        # "The first Rwandan soldiers landed at Pemba airport" (a trigger is cut to what it says
        # beyond an actor's name: here "landed at Pemba airport")
        r"(?:troops|soldiers|paratroopers|peacekeepers|contingent|instructors|personnel|forces?)"
        r"(?: of (?:[\w-]+ ){1,6}?(?:force|mission|contingent))? (?:have |had )?"
        r"landed at (?:[\w'’-]+ ){1,3}?(?:airport|air ?base|airbase|airfield)|"
        # "150 Turkish soldiers with 20 tanks arrived at a camp near Bashiqa to train"
        r"(?:troops|soldiers|personnel|instructors|contingent|advisers|advisors)(?: [\w,-]+){0,6}? "
        r"(?:have |had )?arrived at (?:a|an|the) (?:\w+ )?(?:camp|base|airbase|air base)|"
        # "a Russian cargo plane landed at Niamey's airport carrying military instructors"
        # (the troops only looked ahead to: "Kenyan soldiers" is an actor, and actors are no trigger)
        r"landed (?:[\w'’-]+ ){0,5}carrying(?= (?:[\w-]+ ){0,5}(?:instructors|troops|soldiers|personnel|advisers))|"
        # "Ugandan special forces began arriving in Juba", "unloaded dozens of Russian instructors"
        r"(?:troops|soldiers|forces|personnel|instructors|contingent|advisers|advisors) "
        r"(?:began|started) (?:arriving|deploying) (?:in|at|to)\b|"
        r"unloaded (?:[\w-]+ ){0,5}(?:instructors|troops|soldiers|personnel|advisers|advisors)\b|"
        # "Wagner fighters took up positions at the former UN camp"
        # (the place only looked ahead to: "the former UN camp" holds an actor)
        r"took up positions(?= (?:at|in) (?:the |a )?(?:[\w-]+ ){0,3}(?:camp|base|airport|barracks|airbase|air base)\b)",
        "Headquarters or base established",
        0.45,
    ),
    (
        r"withdr(?:ew|awn) (?:from|across)|handed over(?! (?:their|its|his|the) (?:[\w-]+ )?(?:weapons|arms|guns|rifles))|handed (?:the|its|their) \w+ (?:over )?to|pulled out of|"
        # "police officers abandoned their station in Cabaret"
        r"abandoned (?:their|its|the) (?:[\w-]+ )?(?:station|base|posts?|positions?|barracks|camp)|"
        r"handing (?:over )?(?:the|its|their) (?:[\w-]+ ){0,4}(?:base|town|city|camp|airfield|positions?|site) (?:over )?to|"
        r"handing over (?:the|its|their) (?:[\w-]+ ){0,4}(?:base|camp|airfield|positions?)\b",
        "Non-violent transfer of territory",
        0.5,
    ),
    (
        r"defected|defections?|deserted|crossed over to|switched (?:sides|allegiance)|surrendered (?:to|with)|laid down (?:their )?(?:arms|weapons)|disbanded|pledged allegiance|"
        r"handed themselves (?:over|in)|gave themselves up|"
        r"announced (?:their|its|the) dissolution(?: of (?:their|its|the) (?:[\w-]+ ){0,2}(?:groups?|factions?|militias?|movements?))?|"
        # "said it had decided to disband and end its armed struggle", "broke away from the ELN"
        r"(?:decided|agreed|voted|announced|pledged|vowed|promised|plans?|planned) to (?:disband|dissolve|disarm|"
        r"lay down (?:its|their) (?:arms|weapons))|disbanding|"
        r"end(?:ed|ing)? (?:its|their) (?:[\w-]+ ){0,2}armed (?:struggle|campaign|insurgency|rebellion)|"
        r"(?:broke|broken|breaking) away from|splintered from|split(?:ting)? from|"
        r"dissolved (?:itself|themselves)|(?:was|were|has been|have been|had been) (?:formally )?(?:dissolved|disbanded)|ceased to exist|merged (?:with|into)|accept(?:ed|ing) (?:the )?(?:government's )?(?:call|offer) for peace|"
        r"integration into (?:the )?(?:state|army|armed forces|national army)|"
        r"closed (?:its|their) (?:last |final )?(?:\w+ )?(?:base|camp)s?|disarmament|demobili[sz](?:ation|ed)|"
        r"(?:hand(?:ed|ing)? (?:over|in)|surrender(?:ed|ing)?|gave up|give up) (?:their|its|his) (?:[\w-]+ )?(?:weapons|arms|guns|rifles)|"
        r"decommission(?:ed|ing)|"
        # "changed its name to the Coalition of ...", "ended its operations in Mali"
        r"(?:changed|change) (?:its|their) name|renamed itself|rebranded (?:itself )?as|"
        r"(?:ended|ceased|halted|wound down) (?:its|their) (?:military |combat )?(?:operations|activities|mission)|"
        # "split into two factions", "appointed a new leader", "suspended its participation in"
        r"split into (?:two|three|rival|several) (?:factions|groups|wings|camps)|"
        r"(?:appointed|named|elected|chose) (?:a )?new (?:leader|commander|emir|chief|head|chairman|"
        r"president|spokesman|secretary-general)\b|"
        # "Two separatist factions announced a merger", "announced their unification"
        r"announced (?:a|their|its) (?:merger|unification|alliance)\b|"
        r"suspend(?:ed|ing|s)? (?:its|their) participation in|"
        # the authorities destroy weapons they seized: "burned a stock of seized weapons"
        r"(?:destroyed|burned|burnt|incinerated|crushed) (?:[\w,]+ ){0,5}?(?:seized|confiscated|illegal|"
        r"recovered|surrendered|collected|illicit) (?:weapons|firearms|arms|guns|small arms)",
        "Change to group/activity",
        0.62,
    ),
    # what was taken says the raid was for loot: "raided shops, making off with cash and phones",
    # "attacked and looted a convoy of aid lorries", "stripped the hospital of its equipment"
    (
        r"(?:attacked|raided|ambushed|stormed) and (?:looted|ransacked|plundered|pillaged)|"
        # (not people, and not an army post's arms: "the attackers made off with weapons" is
        # the battle's spoils)
        r"ma(?:de|king|ke) off with (?!(?:[\w-]+ ){0,2}(?:hostages?|captives?|girls|boys|women|children|"
        r"people|passengers|students|villagers|weapons|arms|ammunition|rifles|guns|munitions|"
        r"military)\b)|cart(?:ed|ing) (?:away|off)|"
        r"stripp(?:ed|ing) (?:the |a |an |its |their )?(?:[\w-]+ ){0,3}?of (?:its |their |all )?(?:[\w-]+ )?"
        r"(?:equipment|supplies|medicines?|medical supplies|goods|furniture|property|valuables|fuel|"
        r"food|stock|contents|computers)",
        "Looting/property destruction",
        0.85,
    ),
    (
        r"set(?:ting)? fire to|set(?:ting)? (?:[\w-]+ ){1,4}(?:ablaze|alight)|burned down|burnt down|"
        r"ransack(?:ed|ing)|loot(?:ed|ing)|plunder(?:ed|ing)|"
        # "uprooted 300 olive trees belonging to Palestinian farmers"
        r"(?:uprooted|cut down|chopped down) (?:[\w,]+ ){0,3}?(?:olive |fruit |date )?(?:trees|saplings|vines)|"
        r"burn(?:ed|t) (?:\w+ ){0,4}(?:houses?|homes?|huts?|shops?|buildings?|church(?:es)?|mosques?|schools?|granaries|"
        r"health (?:cent(?:re|er)|post)s?|clinics?|hospitals?|markets?|offices?|villages?)|"
        r"pillag(?:ed|ing)|torched|blew up (?:the |a |an |their |his )?(?:[\w-]+ ){0,3}"
        r"(?:houses?|homes?|buildings?|bridges?|shrines?|mosques?|churches|schools?|offices?|"
        # "blew up a telecom mast": the means of a town's life
        r"masts?|(?<!control )towers?|pylons?|pipelines?|power lines?|transformers?|substations?|"
        r"railway (?:lines?|tracks?)|rail (?:lines?|tracks?))|"
        r"demolish(?:ed|ing)|br(?:oke|eaking) into (?:[\w-]+ ){0,2}(?:shops|homes|houses|stores|warehouses?|offices)|"
        r"carr(?:ying|ied) off (?:goods|property|livestock|food|supplies|cattle)|"
        # "went house to house taking cars, gold and cash"
        r"(?:taking|stealing|stole|grabbing|grabbed) (?:their |people's |residents' )?"
        r"(?:cars|vehicles|cash|money|gold|jewell?ery|valuables|phones|belongings)\b|"
        # cattle raids, and what armed men razed or wrecked where nobody fought
        r"(?:seized|stole|stolen|rustled|drove away|driving away|made off with|took) (?:\w+ ){0,4}?"
        r"(?:head of cattle|cattle|cows|livestock|goats|sheep|camels)"
        r"(?! (?:ranchers?|herders?|farmers?|owners?|traders?|breeders?|keepers?|dealers?))|raz(?:ed|ing)|"
        r"destroy(?:ed|ing) (?:the |a |an |their |its |several |two |three |\d+ )?(?:\w+ ){0,3}?"
        r"(?:pumping station|water (?:station|point|tower|supply)|wells?|boreholes?|power (?:station|plant|lines?)|"
        r"telecom(?:munications)? (?:masts?|towers?)|phone masts?|crops|granar(?:y|ies)|homes|houses|huts)",
        "Looting/property destruction",
        0.69,
    ),
    (
        r"(?:mass|clandestine|secret|unmarked) (?:graves?|burial sites?)|bags containing human remains|crematory pits|(?:charred )?bone fragments|"
        r"(?:skeletal|human) remains (?:were |had been )?(?:found|discovered|unearthed)|(?:recovered|exhumed|unearthed) the remains of (?:at least |more than |some |about )?[\w,-]+ (?:people|victims|civilians|men)|"
        r"(?:began|started|begun) exhuming (?:[\w-]+ ){0,3}(?:bodies|remains|graves?)",
        "Other",
        1.0,
    ),
]

#: Nouns that, when definite ("the fighting", "the attack"), refer back to an event already told.
DEFINITE_EVENT_NOUNS = (
    "fighting", "clashes", "clash", "attack", "attacks", "assault", "offensive", "blast",
    "explosion", "bombing", "strike", "airstrike", "shelling", "raid", "violence", "battle",
    "ambush", "abduction", "kidnapping", "incident", "protest", "protests", "unrest",
)  # fmt: skip

#: Generic descriptions of actors, and the knowledge-base tags they prefer, in order.
GENERIC_ACTORS: list[tuple[str, tuple[str, ...]]] = [
    (
        r"(?:the |this |that )?(?:twisted |brutal |notorious |hardline |extremist )*(?:death cult|terror(?:ist)? (?:group|organi[sz]ation|network|outfit)|jihadist? (?:group|organi[sz]ation|militia|fighters|militants)|militant (?:group|organi[sz]ation|outfit))",
        ("jihadist", "rebel", "militia"),
    ),
    (
        r"(?:the )?(?:terrorists|jihadis|jihadists|extremists|islamists)",
        ("jihadist", "rebel", "militia"),
    ),
    (
        r"(?:the|this) (?:armed |militant |jihadist |extremist )?group",
        ("jihadist", "rebel", "militia", "separatist"),
    ),
    (
        # "suspected separatist fighters", "Maoist rebels", "ISLAMIST GUNMEN": unnamed, but of the
        # rebel kind (ACLED's rebel side where no group is named)
        r"(?:suspected )?(?:separatist|secessionist|Maoist|Naxal(?:ite)?|jihadist|Islamist) "
        r"(?:fighters|militants|insurgents|rebels|guerrillas|gunmen|attackers)|"
        # "armed separatists kidnapped eleven students"
        r"(?:armed |suspected )?separatists|"
        # the UN's "NSAG members" (a non-state armed group, the insurgency it will not name)
        r"(?:NSAGs?|non-state armed groups?)(?: (?:members|elements|fighters))?",
        ("separatist", "rebel", "jihadist", "unnamed rebels"),
    ),
    (
        r"(?:the )?(?:militants|insurgents|fighters|guerrillas|guerillas|subversives)",
        ("jihadist", "rebel", "militia", "separatist"),
    ),
    (
        r"(?:the )?(?:rebels?|rebel (?:groups?|factions?|fighters|forces)|opposition (?:fighters|forces|groups?)|insurgent|rebel)(?=[- ]held|\b)",
        ("rebel", "separatist"),
    ),
    (
        r"(?:the )?(?:regime|government|pro-government|state) (?:forces|troops|soldiers|aircraft|warplanes|"
        r"jets|planes|helicopters|gunships|drones|artillery)|"
        # "government rocket fire killed four civilians": the state's own weapons
        r"(?:regime|government|pro-government) (?:(?:rocket|artillery|mortar|tank) fire|shelling|"
        r"shells|rockets|missiles|air ?strikes|bombardments?|barrel bombs)|"
        r"(?:forces|troops|soldiers|militiamen|fighters|militias?) loyal to (?:the )?(?:government|"
        r"(?:exiled |internationally[- ]recogni[sz]ed )?president\b)|(?:the )?(?:army|troops|soldiers?|military(?![- ](?:uniforms?|fatigues|clothing|dress|style|grade|hospitals?|courts?|tribunals?|cemetery|academy|college))|armed forces|security forces)|"
        # Thai or Pakistani "paramilitary rangers", India's "paramilitary troops" (but a
        # "paramilitary group" is the RSF or the AUC, named elsewhere)
        r"(?:the )?(?:paratroopers|(?:paramilitary )?rangers?|paramilitary (?:police(?:men)?|troops|soldiers))|"
        r"(?:the |a )?regime(?! change)|"
        # "picked up by intelligence agents", "security agents seized an activist"
        r"(?:the )?(?:intelligence|state security|secret police|secret service) (?:agents?|officers?|"
        r"operatives|services?)|(?:the )?security agents?|"
        # "shells fired from junta positions": Myanmar's, Mali's or Niger's rulers in uniform
        r"(?<![\w-])(?:the )?(?:military )?junta(?:'s|’s)?(?: (?:forces|troops|soldiers|positions|"
        r"aircraft|warplanes|jets|artillery|gunships|helicopters|drones))?(?![\w-])",
        ("state",),
    ),
    (
        r"(?:the )?(?:police|policem[ae]n|police officers?|riot police|officers|gendarmes|"
        r"gendarmerie)",
        ("police", "state"),
    ),
    (r"(?:the )?(?:UN )?peacekeep(?:ers?|ing (?:troops|forces))", ("peacekeepers",)),
    # "the first troops of the SADC Mission ... arrived in Pemba, where the mission established
    # its headquarters": a foreign force named before (no fallback: nobody if none was)
    (r"the (?:mission|coalition|multinational force|regional force)", ("foreign",)),
    (
        r"(?:unidentified |unknown |masked )?(?:gunmen|armed men|assailants|attackers|bandits|"
        r"(?:armed )?miscreants|armed youths|hitmen|gangsters|"
        # "members of a gang holed up in a house": an unnamed gang (not a "gang-rape")
        # ("rival gangs" are two sides, which the conventions name apart)
        r"(?:suspected )?gang members|(?:armed |criminal )?(?<!rival )gangs?(?![- ]rap))",
        ("gunmen",),
    ),
    (
        r"(?:the )?(?:protesters|protestors|demonstrators|marchers|(?:opposition |party )?supporters)",
        ("protesters",),
    ),
    (r"(?:the )?(?:rioters|mob)", ("rioters",)),
    (
        r"(?:the )?(?:\w+ )?(?:ethnic|tribal|clan|communal|community|self-defen[cs]e) "
        r"(?:militia(?:s|men)?|fighters|gunmen)|(?:rival )?(?:tribesmen|clansmen)|rival (?:tribes|clans)",
        ("community",),
    ),
]

#: (phrase regex, certainty label). Sentence-level hedges; the first match sets the label.
HEDGES: list[tuple[str, str]] = [
    (r"^\s*\W*(?:if|unless|should)\b[^.]*\b(?:could|would|might|may)\b", "hypothetical"),
    (r"\bpurport(?:s|ed|edly|ing)?(?: to (?:show|be))?", "unverified claim"),
    (
        r"\bcould not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|\bunverified\b|\bunconfirmed\b|\ballegedly\b|\bapparently shows\b",
        "unverified claim",
    ),
    (
        r"\b(?:it is|it was|are|is|were) feared\b|\bfeared (?:dead|killed)\b|\bfears? (?:that|of)\b",
        "feared",
    ),
    (
        r"\bclaim(?:ed|s|ing)? responsibility\b|\bclaim(?:ed|s)\b|"
        r"\bsa(?:id|ys) (?:that )?(?:it|its fighters|its militants) (?:had \w+|has \w+|carried out|was behind|\w+ed)\b",
        "claimed",
    ),
    (
        r"\bdenied\b|\bdenies\b|\brejected (?:the )?(?:claims?|accusations?|reports?)\b|\bdismissed (?:the )?(?:claims?|reports?)\b",
        "denied",
    ),
]

REPORTING_VERBS = {
    "say", "said", "says", "tell", "told", "report", "reported", "reports", "announce",
    "announced", "state", "stated", "claim", "claimed", "confirm", "confirmed", "add", "added",
    "quote", "quoted", "according",
}  # fmt: skip

CIVILIAN_NOUNS = {
    "civilian", "civilians", "citizen", "citizens", "nationals", "resident", "residents", "villager", "villagers", "child", "children",
    "woman", "women", "student", "students", "worshipper", "worshippers", "farmer", "farmers",
    "passenger", "passengers", "shopper", "shoppers", "pupil", "pupils", "schoolgirl", "schoolgirls",
    "schoolchildren", "patient", "patients", "journalist", "journalists", "refugee", "refugees",
    "family", "families", "guest", "guests", "mourner", "mourners", "protester", "protesters",
    "demonstrator", "demonstrators", "teacher", "teachers", "man", "men", "boy", "boys", "girl",
    "girls", "peasant", "peasants", "trader", "traders", "worker", "workers", "bystander",
    "bystanders", "pedestrian", "pedestrians", "doctor", "doctors", "aid worker", "aid workers",
    # kin ("a man and his two sons", "their three daughters")
    "son", "sons", "daughter", "daughters", "wife", "wives", "husband", "husbands", "brother",
    "brothers", "sister", "sisters", "grandchildren", "grandsons", "granddaughters", "relatives",
    "nephews", "nieces", "cousins", "mother", "mothers", "father", "fathers",
}  # fmt: skip
COMBATANT_NOUNS = {
    "combatant", "combatants", "peacekeeper", "peacekeepers", "soldier", "soldiers", "troop", "troops", "fighter", "fighters",
    "militant", "militants", "rebel", "rebels", "insurgent", "insurgents", "jihadist", "jihadists",
    "policeman", "policemen", "officer", "officers", "police", "guard", "guards", "militiaman",
    "militiamen", "member", "members", "attacker", "attackers", "gunman", "gunmen", "terrorist",
    "terrorists", "personnel", "servicemen", "serviceman", "commander", "commanders", "recruit",
    "recruits", "extremist", "extremists", "subversive", "subversives", "guerrilla", "guerrillas",
    "bomber", "bombers", "marine", "marines", "paratrooper", "paratroopers", "sailor", "sailors",
}  # fmt: skip
PEOPLE_NOUNS = {
    "people", "persons", "person", "others", "individuals", "victims", "bodies", "dead",
    "casualties", "lives", "killed", "wounded", "injured", "deaths",
}  # fmt: skip

#: "the number of dead", "the number of people killed": a count of the dead, like "the toll"
NUMBER_DEAD = (
    r"number of (?:the )?(?:dead|(?:people|persons|civilians|those|victims)\s+"
    r"(?:killed|who (?:have |had )?died))"
)

#: outcome -> verbs/nouns (regex) that say a counted group suffered it.
OUTCOME_VERBS: dict[str, str] = {
    "killed": r"kill(?:ed|ing|s)?|dead|died|die|dies|deaths?|death toll|toll|(?<!who )(?<!she )(?<!he )(?<!which )(?<!that )lives|bodies|slain|massacred|executed|shot dead|gunned down|perished|lost their lives|murdered|beheaded|beheading|fatalities|neutrali[sz]ed|slaughtered|butchered|lynched|corpses|mowed down|wiped out|fatally|succumbed|drowned|martyred|embraced martyrdom|paid the (?:supreme|ultimate) price|made the (?:supreme|ultimate) sacrifice",
    "injured": r"wound(?:ed|ing|s)?|injur(?:ed|ing|ies|y)|hurt|maimed|casualties",
    "displaced": r"fled|flee(?:ing)?|displac(?:ed|ing|ement)|uprooted|scarpered|escaped|evacuated|forced (?:from|out of) their homes|homeless|sought refuge|sheltering",
    "abducted": r"abduct(?:ed|ing)?|kidnap(?:ped|ping)?|seized|taken hostage|held hostage|captive",
    "arrested": r"arrest(?:ed|ing)?|detained|rounded up|in custody|captured|taken prisoner",
}


def lower_pattern(rx: str) -> str:
    """A pattern with its literal letters lower-cased (escapes such as ``\\S`` kept). Matching
    :func:`lower_text` with it, without ``re.I``, finds the same spans at half the cost: the
    engine can then skip ahead to the patterns' first letters instead of trying every position."""
    out, escaped = [], False
    for ch in rx:
        out.append(ch if escaped else ch.lower())
        escaped = not escaped and ch == "\\"
    return "".join(out)


def lower_text(text: str) -> str:
    """``text`` lower-cased with its offsets kept (a few letters, like "İ", lower to two)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
