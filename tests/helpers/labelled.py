"""Labelled sets for the quality of themes and matches (our own, written like real rooms').

``PURPOSES``: purpose statements in the style of the published ones of ten public bodies
and charities, with the shared themes a facilitator would put in front of the room
(``KEEP``, lemmas) — judged by reading the statements, before running the analysis.

``OFFERS`` / ``ASKS``: cards in the style of community exchanges and time banks, each ask
with the offers a facilitator would expect to see suggested (``EXPECTED``, offer keys).
Asks no offer can meet have an empty set: a good matcher suggests nothing for them.
"""

from __future__ import annotations

PURPOSES: dict[str, str] = {
    "Cook Memorial Public Library": (
        "Cook Memorial Public Library exists to give every resident free and equal access to "
        "books, information and lifelong learning, and to offer safe, welcoming spaces where "
        "neighbours meet, read, study and take part in the cultural life of the district."
    ),
    "Riverside Food Bank": (
        "We provide emergency food parcels to local families in crisis, work with partners "
        "to tackle the root causes of food poverty, and campaign so that nobody in our "
        "district needs a food bank; we treat every guest with dignity."
    ),
    "Northfield City Council": (
        "Northfield City Council works with residents, businesses and partners to make the "
        "city a fairer, greener and healthier place: good homes, safe streets, thriving local "
        "businesses, and public services that listen to residents and reduce poverty."
    ),
    "Youth Forward": (
        "Youth Forward supports young people aged 11 to 25 to find their voice, build skills "
        "and confidence, and shape decisions that affect them, through youth clubs, "
        "mentoring, volunteering and training in the places where they live."
    ),
    "Harbour Housing Association": (
        "Harbour Housing provides safe, affordable homes and tenancy support, so that "
        "tenants can live independently, sustain their tenancies and feel part of a safe, "
        "connected neighbourhood; we invest in homes that are warm and cheaper to heat."
    ),
    "Eastgate Health Trust": (
        "Eastgate Health Trust delivers hospital and community health services, and works "
        "with partners to prevent ill health, reduce health inequalities and support people "
        "with long-term conditions to stay well at home and in their neighbourhood."
    ),
    "Citizens Advice Eastgate": (
        "Citizens Advice gives free, confidential and impartial advice on benefits, debt, "
        "housing, employment and consumer problems, so residents understand their rights, "
        "and uses evidence from that advice to improve the policies that affect them."
    ),
    "Eastgate Time Bank": (
        "Eastgate Time Bank connects neighbours who swap skills and time: one hour of help "
        "earns one hour back, whoever you are. We value everyone's skills equally and build "
        "a connected, resilient neighbourhood where nobody is left isolated."
    ),
    "Greenway Community Garden": (
        "Greenway Community Garden turns unused land into growing spaces where residents "
        "grow food, learn skills together, improve their mental health and reduce food "
        "waste, with volunteering sessions open to every age and ability."
    ),
    "Northfield Carers Centre": (
        "We support unpaid carers of every age with advice, short breaks and peer groups, "
        "so carers stay healthy, are recognised by health services and are not isolated."
    ),
}

#: Shared themes a facilitator would keep on the projector (lemmas of the analysis).
KEEP: frozenset[str] = frozenset(
    {
        "resident",
        "neighbourhood",
        "neighbour",
        "food",
        "health",
        "healthy",
        "skill",
        "safe",
        "home",
        "advice",
        "partner",
        "district",
        "poverty",
        "community",
        "space",
        "learn",
        "learning",
        "isolated",
        "isolate",
        "connect",
        "service",
        "volunteer",
        "volunteering",
        "young",
        "connected",
        "free",
        "local",
        "carer",
        "tenancy",
        "housing",
        "policy",
        "decision",
        "rights",
        "growing",
        "grow",
        "welcoming",
        "equal",
        "equally",
        "business",
        "city",
        "public",
        "inequality",
        "dignity",
        "confidence",
        "age",
        "affect",
        "access",
        "reduce",
        "improve",
        "crisis",
        "independently",
        "warm",
        "time",
        "information",
        "employment",
        "benefit",
        "debt",
        "mental",
        "book",
        "hour",
        "study",
        "prevent",
        "waste",
        "cultural",
    }
)

OFFERS: dict[str, str] = {
    "hall": "Our church hall is free on Tuesday and Thursday evenings, seats 60",
    "library_room": "Library meeting room for community groups, bookable free of charge",
    "freezer": "Walk-in freezer space at the food bank warehouse for surplus food",
    "minibus": "Council minibus with a trained driver, weekday afternoons",
    "drivers": "Two volunteer drivers with their own cars for hospital appointments",
    "vans": "Two vans and drivers to move furniture or donations on Saturdays",
    "laptops": "Ten refurbished laptops to lend or give to families without a computer",
    "it_help": "Volunteer who can fix computer problems and set up broadband and email",
    "design": "Graphic designer happy to design posters, leaflets and social media graphics",
    "printing": "Free printing of up to 500 flyers a month on our office printer",
    "translation": "Interpreters for Polish, Arabic and Urdu at meetings and appointments",
    "grant_writing": "Experienced fundraiser to review and write grant applications",
    "small_grants": "Small grants of up to £1,000 for resident-led projects",
    "surplus_food": "Surplus fresh fruit and vegetables from our market stall every Friday",
    "cooked_meals": "Hot lunches cooked by our catering students, 30 portions on Wednesdays",
    "kitchen": "Commercial kitchen available for cooking sessions at weekends",
    "garden_tools": "Garden tools, wheelbarrows and a shed to store them",
    "seeds": "Seedlings, compost and seeds from our allotment every spring",
    "gardening_volunteers": "A team of volunteers to dig, plant and weed on Saturday mornings",
    "accountant": "Retired accountant to help small charities with bookkeeping and accounts",
    "legal": "Solicitor offering free legal advice on housing and tenancy disputes",
    "benefits_advice": "Advice sessions on benefits, debt and energy bills at our drop-in",
    "mentoring": "Mentors from local businesses for young people looking for their first job",
    "cv": "Help writing CVs and practising job interviews",
    "youth_workers": "Qualified youth workers to run sessions for teenagers",
    "childcare": "Crèche and childcare during evening meetings for parents",
    "befriending": "Befriending volunteers who phone or visit isolated older people weekly",
    "first_aid": "First aid training for staff and volunteers, certificate included",
    "safeguarding": "Safeguarding training and policy templates for small groups",
    "photography": "Photographer to take photos at events for your website",
    "website": "Web developer to build or update a simple website for a small group",
    "data": "Data analyst to help measure impact and build a shared dashboard",
    "chairs_tables": "Folding chairs, tables and a PA system to borrow for events",
    "projector_screen": "Projector and screen to lend for presentations",
    "storage": "Dry storage room for equipment and donations in our basement",
    "warm_space": "Warm space with tea and wifi open every weekday afternoon in winter",
    "bikes": "Refurbished bikes and bike repair workshops for adults",
    "counselling": "Trained counsellors offering free short-term mental health support",
    "tutoring": "University students offering maths and English tutoring after school",
    "sports_pitch": "Sports pitch and changing rooms free on Sunday mornings",
    "hours": "Time bank members offering odd jobs, shopping and dog walking, hour for hour",
    "furniture": "Donated beds, sofas and white goods for families moving into a new home",
    "language_classes": "English conversation classes for newcomers twice a week",
    "social_media": "Social media volunteer to run your Facebook and Instagram accounts",
    "meeting_facilitation": "Facilitator to chair and run community meetings and consultations",
}

ASKS: dict[str, tuple[str, frozenset[str]]] = {
    "art_club_space": (
        "Space for an art club on weekday evenings",
        frozenset({"hall", "library_room"}),
    ),
    "meeting_room": (
        "A room for our monthly residents' association meeting",
        frozenset({"library_room", "hall"}),
    ),
    "drive_older": (
        "Someone to drive older members to the lunch club",
        frozenset({"drivers", "minibus"}),
    ),
    "hospital_transport": (
        "Transport to hospital appointments for patients without a car",
        frozenset({"drivers", "minibus"}),
    ),
    "move_furniture": (
        "A van to collect donated furniture",
        frozenset({"vans"}),
    ),
    "poster": (
        "Help designing a poster for our summer fair",
        frozenset({"design"}),
    ),
    "flyers": (
        "Printing 300 flyers for the open day",
        frozenset({"printing"}),
    ),
    "computer_problems": (
        "Help with computer problems: our office PC keeps crashing",
        frozenset({"it_help"}),
    ),
    "laptops_families": (
        "Laptops for children to do homework at home",
        frozenset({"laptops"}),
    ),
    "interpreter": (
        "An Arabic interpreter for parents' evenings",
        frozenset({"translation"}),
    ),
    "funding_bid": (
        "Someone to help with our lottery funding bid",
        frozenset({"grant_writing", "small_grants"}),
    ),
    "money_project": (
        "£500 to start a community fridge",
        frozenset({"small_grants"}),
    ),
    "fresh_veg": (
        "Fresh vegetables for our community cafe",
        frozenset({"surplus_food", "seeds"}),
    ),
    "meals_lunch": (
        "Cooked meals for the Wednesday lunch club",
        frozenset({"cooked_meals"}),
    ),
    "kitchen_cooking": (
        "A kitchen to run healthy cooking classes",
        frozenset({"kitchen"}),
    ),
    "freezer_food": (
        "Somewhere to freeze donated food before it goes off",
        frozenset({"freezer"}),
    ),
    "garden_help": (
        "Volunteers to help plant a garden at the care home",
        frozenset({"gardening_volunteers", "seeds", "garden_tools"}),
    ),
    "tools": (
        "Spades and rakes for a community clean-up",
        frozenset({"garden_tools"}),
    ),
    "bookkeeping": (
        "Someone to do our accounts and year-end bookkeeping",
        frozenset({"accountant"}),
    ),
    "tenancy_legal": (
        "Legal advice for tenants facing eviction",
        frozenset({"legal", "benefits_advice"}),
    ),
    "debt_advice": (
        "Debt advice for families struggling with energy bills",
        frozenset({"benefits_advice"}),
    ),
    "first_job": (
        "Mentors for young people leaving care who want a job",
        frozenset({"mentoring", "cv"}),
    ),
    "interviews": (
        "Practice job interviews for our jobseekers",
        frozenset({"cv"}),
    ),
    "teen_sessions": (
        "Youth workers for a Friday night session for teenagers",
        frozenset({"youth_workers"}),
    ),
    "creche": (
        "Childcare so parents can attend the consultation evening",
        frozenset({"childcare"}),
    ),
    "lonely": (
        "Someone to visit lonely older residents",
        frozenset({"befriending"}),
    ),
    "first_aid_course": (
        "First aid course for our volunteers",
        frozenset({"first_aid"}),
    ),
    "safeguarding_policy": (
        "A safeguarding policy for our new youth group",
        frozenset({"safeguarding"}),
    ),
    "photos": (
        "Photos of the festival for our annual report",
        frozenset({"photography"}),
    ),
    "website_update": (
        "Our website is out of date and nobody knows how to update it",
        frozenset({"website"}),
    ),
    "measure_impact": (
        "Help measuring our impact for funders",
        frozenset({"data"}),
    ),
    "chairs": (
        "Chairs and tables for a street party",
        frozenset({"chairs_tables"}),
    ),
    "projector": (
        "A projector for our AGM presentation",
        frozenset({"projector_screen"}),
    ),
    "store_equipment": (
        "Storage for our festival equipment over winter",
        frozenset({"storage"}),
    ),
    "warm_place": (
        "A warm place for rough sleepers to go in the afternoons",
        frozenset({"warm_space"}),
    ),
    "cycling": (
        "Bikes for refugees so they can get to college",
        frozenset({"bikes"}),
    ),
    "mental_health": (
        "Counselling for young carers with anxiety",
        frozenset({"counselling"}),
    ),
    "homework": (
        "Maths tutoring for pupils falling behind",
        frozenset({"tutoring"}),
    ),
    "football": (
        "A pitch for our Sunday football team",
        frozenset({"sports_pitch"}),
    ),
    "shopping": (
        "Someone to do the weekly shopping for a housebound neighbour",
        frozenset({"hours"}),
    ),
    "beds": (
        "Beds and a fridge for a family moving into their first flat",
        frozenset({"furniture"}),
    ),
    "english_newcomers": (
        "English lessons for newly arrived families",
        frozenset({"language_classes"}),
    ),
    "instagram": (
        "Someone to post our news on Instagram",
        frozenset({"social_media"}),
    ),
    "chair_meeting": (
        "An independent facilitator to chair a tense public meeting",
        frozenset({"meeting_facilitation"}),
    ),
    "no_match_boat": (
        "A boat for river clean-ups",
        frozenset(),
    ),
    "no_match_choir": (
        "A conductor for our community choir",
        frozenset(),
    ),
}
