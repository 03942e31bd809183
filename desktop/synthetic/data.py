"""Word lists for synthetic cases (`synth.py`): names of the peoples of Belize and the region,
places, and short case-note texts. Every name is invented by combination; no note names a person.
"""

from __future__ import annotations

from bisect import bisect
from itertools import accumulate
from random import Random
from typing import Generic, TypeVar

T = TypeVar("T")


class Weighted(Generic[T]):
    """A weighted choice that costs one random number and one bisection."""

    def __init__(self, pairs: dict[T, float]) -> None:
        self.items = tuple(pairs)
        self.cumulative = tuple(accumulate(pairs.values()))

    def pick(self, rng: Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# name groups: given names (female, male) and family names; "_" joins two-word names
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "hispanic": (
        _w("María Ana Rosa Carmen Lucía Sofía Mónica Verónica Andrea Gabriela Daniela Fernanda "
           "Yésica Dayana Inés Belén Ximena Marisol Araceli Guadalupe Itzel Nayeli Xiomara "
           "Yolanda Esperanza Dulce Leticia Maribel Rocío Elena Ángela Natalia Fátima Yaneth "
           "María_José Ana_Lucía Sonia Concepción Milagro Zoila Karla Jazmín Ruth Noemí"),
        _w("José Juan Luis Carlos Jesús Andrés Óscar Raúl Rubén Sebastián Tomás Martín Ramón "
           "Joaquín Efraín Germán Nicolás Julián Héctor Víctor Iván Adrián Elías Fabián Édgar "
           "Wilmer Yahir Brayan Kevin Darwin Josué Álvaro Mauricio Santos Cristian Nelson "
           "José_Luis Juan_Carlos Marvin Ismael Benjamín Ulises"),
        _w("García García García Hernández Martínez López González Pérez Rodríguez Sánchez "
           "Ramírez Flores Gómez Díaz Reyes Cruz Morales Ortíz Gutiérrez Chávez Ramos Ruíz "
           "Jiménez Álvarez Vásquez Castillo Mejía Aguilar Domínguez Núñez Méndez Peña Ibáñez "
           "Muñoz Guzmán Velásquez Argueta Portillo Orellana Alarcón Cáceres Escobar Quiñónez "
           "Pacheco Medina Ávila Zúñiga Solís Andrade Bonilla Cardona Fuentes Galdámez Henríquez "
           "Lara Maldonado Rosales Tún Cano Espinoza"),
    ),
    "kriol": (
        _w("Shanice Keisha Sharlene Tanisha Desiree Latoya Kimberly Rochelle Tiffany Shaniqua "
           "Jodi-Ann Marcia Sheryl Candice Kadian Shakira Tamara Deshawna Ashanti Princess"),
        _w("Dwayne Tyrone Delroy Jermaine Kenrick Andre Shawn Earl Marlon Dalton Rudolph Kareem "
           "Leroy Ricardo Devon Trevor Kirk Winston Wendell Javier"),
        _w("Flowers Gillett Tillett Usher Young Pitts Bennett Garbutt Hyde Neal Fuller Lamb "
           "Belisle Eiley Wade Augustine Lightburn Staine Waight Bood Gentle Jones Lewis Smith "
           "Westby Gabourel Dawson Mossiah Banner Clare"),
    ),
    "maya": (
        _w("Candelaria Sebastiana Petrona Marcelina Ixchel Tomasa Juliana Florentina Magdalena "
           "Rosalía Aurelia Catarina Dominga Lorenza Matilde Apolonia"),
        _w("Aurelio Domingo Santiago Matías Pedro Cirilo Anselmo Bartolo Gaspar Teodoro Crispín "
           "Eusebio Isidro Lázaro Macario Tiburcio"),
        _w("Coc Choc Cal Pop Bo Chub Caal Xol Tiul Ical Maquín Teck Sho Cus Sam Tush Salam Mes "
           "Ack Cante Chiac Coy Ishim Saqui Shal Tzib Canti Cucul Cú Tzí Pau Xi Ché Bolón"),
    ),
    "garifuna": (
        _w("Felicia Conrada Isidra Liberata Dionisia Apolonia Bernardina Gregoria Justina Nurse "
           "Eudocia Zenaida Marcelina Florencia"),
        _w("Nolberto Sabas Paulino Eugenio Pablo Crescencio Ruperto Faustino Cayetano Isaías "
           "Lino Desiderio Wilfredo Hipólito"),
        _w("Arzú Sabal Lambey Palacio Cayetano Loredo Bernárdez Ellis Castro Martínez Núñez "
           "Álvarez Guerrero Avilez Bermúdez Nicholas Valentine Zúñiga Lino Ciego Suazo Centeno"),
    ),
    "mennonite": (
        _w("Aganetha Helena Katharina Susanna Margaretha Anna Sara Elisabeth Tina Maria Justina "
           "Agatha Judith Liese"),
        _w("Abram Johan Peter Jakob Heinrich Cornelius Isaak Franz Gerhard Bernhard Wilhelm "
           "Klaas Dietrich David"),
        _w("Friesen Penner Wiebe Klassen Dyck Thiessen Reimer Peters Fehr Giesbrecht Löwen "
           "Neufeld Harder Ens Fröse Bergen Unger Wall Martens Enns Knelsen Rempel Kröker "
           "Bückert Schmitt Teichröb"),
    ),
    "indian": (
        _w("Priya Sunita Pooja Kavita Meena Lakshmi Harpreet Gurpreet Manpreet Neha Divya Anjali "
           "Rekha Shalini"),
        _w("Ravi Anil Deepak Rajesh Sanjay Arjun Amit Rohit Suresh Vikram Harjit Manoj Rakesh "
           "Sandeep"),
        _w("Sharma Patel Singh Kumar Gupta Reddy Nair Iyer Mehta Rao Chaudhary Kaur Joshi Pillai "
           "Das Gill Sandhu Verma"),
    ),
    "chinese": (
        _w("Li_Na Mei Xiu_Ying Hui Jing Yan Fang Hong Ling Xiao_Mei Yu Qing Lan Ying"),
        _w("Wei Jun Lei Ming Zhi_Wei Hao Jian Bo Tao Qiang Yong Gang Chao Feng"),
        _w("Chen Wang Li Zhang Liu Yang Huang Zhao Wu Zhou Xu Sun Lin Lu He Gao Guo Ma"),
    ),
}
NICKNAMES = _w("Chepe Chayo Lupita Chucho Paco Nena Güera Morena Flaca Chino Gordo Princess "
               "Baby Shorty Canela Nené Tita Beto Memo Chabelo Güicho Pelón Negrita Muñeca "
               "Flaco Chiquita Gringa Chela")

#: nationality -> weighted name groups
GROUPS_BY_COUNTRY: dict[str, Weighted[str]] = {
    "BZ": Weighted({"hispanic": 35, "kriol": 25, "maya": 15, "garifuna": 10, "mennonite": 8,
                    "indian": 4, "chinese": 3}),
    "GT": Weighted({"hispanic": 70, "maya": 30}),
    "HN": Weighted({"hispanic": 80, "garifuna": 20}),
    "MX": Weighted({"hispanic": 85, "mennonite": 10, "maya": 5}),
    "IN": Weighted({"indian": 1}),
    "CN": Weighted({"chinese": 1}),
}
HISPANIC_ONLY: Weighted[str] = Weighted({"hispanic": 1})
COUNTRIES: Weighted[str] = Weighted({"BZ": 30, "GT": 18, "HN": 17, "SV": 12, "MX": 6, "NI": 5,
                                     "IN": 4, "CN": 3, "CO": 3, "CU": 2})
LANGUAGES_BY_GROUP: dict[str, tuple[str, ...]] = {
    "hispanic": ("spa",), "kriol": ("eng", "bzj"), "maya": ("kek", "spa"),
    "garifuna": ("cab", "eng"), "mennonite": ("pdt",), "indian": ("other", "eng"),
    "chinese": ("other",),
}
MAYA_LANGUAGES = ("kek", "mop", "yua")
LANGUAGE_NAMES = {"spa": "Spanish", "kek": "Q'eqchi'", "mop": "Mopan", "yua": "Yucatec Maya",
                  "cab": "Garifuna", "pdt": "Plautdietsch", "other": "Mandarin",
                  "other,eng": "Punjabi"}  # by the person's languages, else the first one
SPOKEN_HERE = frozenset({"eng", "spa", "bzj"})

TOWNS: dict[str, tuple[str, ...]] = {
    "BZ": ("Belize City", "San Ignacio", "Orange Walk Town", "Dangriga", "Punta Gorda",
           "Corozal Town", "Belmopan", "Benque Viejo", "Independence", "San Pedro",
           "Placencia", "Santa Elena", "Ladyville", "Spanish Lookout", "Shipyard"),
    "GT": ("Flores, Petén", "Puerto Barrios", "Chiquimula", "Cobán", "Melchor de Mencos",
           "Quetzaltenango", "Huehuetenango"),
    "HN": ("San Pedro Sula", "La Ceiba", "Tegucigalpa", "Choloma", "Trujillo", "El Progreso"),
    "SV": ("San Salvador", "Santa Ana", "San Miguel", "Sonsonate", "Usulután"),
    "MX": ("Chetumal", "Mérida", "Cancún", "Bacalar", "Tapachula"),
    "NI": ("Managua", "León", "Chinandega", "Estelí"),
    "IN": ("Amritsar", "Ludhiana", "Jalandhar", "Chennai"),
    "CN": ("Fuzhou", "Guangzhou", "Taishan", "Wenzhou"),
    "CO": ("Cali", "Medellín", "Barranquilla", "Pereira"),
    "CU": ("La Habana", "Santiago de Cuba", "Holguín", "Camagüey"),
}
CROSSINGS = ("Benque Viejo border crossing", "Santa Elena border crossing", "Punta Gorda ferry "
             "landing", "Big Creek port", "Philip Goldson airport", "river crossing near "
             "Arenal", "Jalacte border area")
COUNTRY_NAMES = {"BZ": "Belize", "GT": "Guatemala", "HN": "Honduras", "SV": "El Salvador",
                 "MX": "Mexico", "NI": "Nicaragua", "IN": "India", "CN": "China",
                 "CO": "Colombia", "CU": "Cuba"}
WORKPLACES = {
    "AGRICULTURE": "citrus farm", "AQUAFARMING": "shrimp farm", "CONSTRUCTION": "building site",
    "DOMESTIC_WORK": "private household", "HOSPITALITY": "bar", "MANUFACTURING": "sawmill",
    "PEDDLING": "street market", "TRANSPORTATION": "trucking yard", "ILLICIT_ACTIVITIES":
    "stash house", "MINING_OR_DRILLING": "gravel pit", "BEGGING": "bus terminal",
    "OTHER": "workplace", "NOT_SPECIFIED": "workplace",
}
SHELTERS = ("HS safe house", "Women's shelter", "Child care facility", "NGO transitional home",
            "Youth hostel (HS)")
PROVIDERS = {
    "MEDICAL": "District hospital", "PSYCHOSOCIAL": "HS counselling unit",
    "LEGAL": "Legal aid clinic", "ACCOMMODATION_SHELTER": "HS safe house",
    "INDEPENDENT_LIVING": "Partner NGO", "EDUCATION": "Community high school",
    "FINANCIAL": "HS welfare unit", "LIVELIHOOD": "Skills training centre",
    "INTERPRETATION": "Court interpreters' pool", "FAMILY_TRACING": "Red Cross",
    "IMMIGRATION_STATUS": "Immigration Department", "REPATRIATION": "IOM",
    "OTHER": "Partner NGO",
}
COURTS = ("Supreme Court (Central District)", "Supreme Court (Southern District)",
          "Magistrate's Court (Belize)", "Magistrate's Court (Cayo)",
          "Magistrate's Court (Orange Walk)", "Family Court (Belize)")
SENTENCES = ("8 years imprisonment", "12 years imprisonment", "5 years imprisonment and a fine",
             "fine of BZ$ 25,000", "suspended sentence", "10 years imprisonment")
TASK_TITLES = ("Follow-up home visit", "Request birth certificate", "Arrange medical appointment",
               "Court date reminder", "Contact consulate about travel document",
               "Review safety plan", "Psychosocial session", "School enrolment",
               "Book interpreter", "Update risk assessment", "Case conference with police",
               "Check shelter placement", "Family tracing request", "Prepare witness support")

# notes: {town} {district} {country} {place} {lang} {weeks} — never a person's name
NOTES: dict[int, tuple[str, ...]] = {
    1: ("Initial screening completed at the {district} office; person calm and cooperative.",
        "Follow-up call made; person reports feeling safe and has enough food.",
        "Medical check arranged at the {district} district hospital.",
        "Interpreter ({lang}) booked for the next session.",
        "Person asked for help with documents from the consulate of {country}.",
        "Weekly check-in: attending skills training in {town}.",
        "Case conference held with police and immigration; next review in {weeks} weeks.",
        "Referred for psychosocial support; first appointment confirmed.",
        "Person would like to return to {country}; options explained.",
        "No show for the appointment; will call again on Monday.",
        "Transport to {town} arranged for the hearing.",
        "School enrolment papers submitted."),
    2: ("Shelter placement reviewed; person adjusting well and sleeping better.",
        "Psychosocial session: signs of anxiety and poor sleep; next session in {weeks} weeks.",
        "Contact with family in {country} re-established by phone.",
        "Health follow-up: treatment started, next check in {weeks} weeks.",
        "Person moved from the shelter to independent living in {town}.",
        "Safety plan updated after a stranger asked about the person near the shelter."),
    3: ("Disclosed that the recruiter kept the passport and demanded repayment of travel costs.",
        "Reports threats against relatives in {country} if the debt is not paid.",
        "Police ATIP unit informed of a possible second victim at the same {place}.",
        "Described being moved at night through the {crossing}.",
        "Says the manager of the {place} took all earnings and gave drugs to keep working.",
        "Identified a vehicle used to transport workers; details passed to police."),
}
