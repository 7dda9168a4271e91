# ruff: noqa: RUF001 (Russian texts as WB prints them)
"""Content (content-api): the catalog (parent categories, subjects, characteristics, directories),
card limits and barcodes, product cards (create, create with merge, list, failed cards, update,
merge/separate, trash, recover, trash list), media files and tags.

The model, per seller:
- a card (imtID) groups product cards (nmID, "variants") of one subject; every product card has its
  own vendorCode (unique per seller), sizes with barcodes (unique per seller), photos, a video, tags
  and updatedAt. The cards list shows the product cards not in the trash; the trash list the others.
- create (upload) and create with merge (upload/add) are queued: a request is checked for its shape
  (400 in the ContentError envelope), answered 200, and processed `content.card_delay` virtual
  seconds later. Then every valid product card appears in the cards list (createdAt = updatedAt =
  the processing time) and every invalid one lands in the list of failed cards with WB-like
  messages; a product card created later with the same vendorCode leaves that list. Updates are
  queued the same way with `content.update_delay` (0: processed before the next request).
- the list of failed cards is kept in batches, as WB serves it (POST /content/v2/cards/error/list,
  cards-error-list-batches): one batch per card (`variants` array) of a create request, one per
  create-with-merge or update request, each with a batchUUID, its processing time and the errors
  of its vendorCodes; ordered by (updatedAt, batchUUID) and paged by a cursor like the cards list
  (`next` false on the last page). The deprecated GET answers the same failures flat, as the docs
  showed them.
- merge/separate, trash, recover, media and tags are synchronous: their errors are 400s.
- the cards list is ordered by (updatedAt, nmID) — descending unless sort.ascending — and paged by a
  cursor: the next page starts strictly after the (updatedAt, nmID) of the previous page's last card.
  Every change of a product card bumps its updatedAt, so it moves in that order (as on WB). Both
  lists are kept as sorted key lists, so a page costs O(log n + page) even with 100,000 cards.
- the trash is ordered by (trashedAt, nmID); a product card stays there `content.trash_days`.

Processing is lazy: every handler and inspection method first processes the queued requests that
are due. Seed through `emu.state.default.store(ContentStore)`: `seed_cards`, `add_card`, `add_tag`,
`set_limits`, `add_subject`; inspect with `cards`, `card`, `trash`, `errors`, `batches`, `tags`, `pending`.
"""

from __future__ import annotations

import gc
import heapq
import itertools
import random
import re
import struct
import uuid
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from wbseller.files import IMAGE_FORMATS, VIDEO_FORMATS, sniff

from ..errors import ApiError
from .base import Ctx, SellerState, handler
from .wbd import parse_multipart

DEFAULTS: dict[str, Any] = {
    # virtual seconds between a create (upload, upload/add) request and its processing: until then
    # its product cards are neither in the cards list nor in the list of failed cards
    "content.card_delay": 2.0,
    # virtual seconds before an update is processed (0: before the next request is answered)
    "content.update_delay": 0.0,
    # the limits for creating product cards (GET /content/v2/cards/limits); set_limits() overrides
    "content.free_limits": 10_000,
    "content.paid_limits": 0,
    # days a product card stays in the trash before it is deleted for good
    "content.trash_days": 30,
}

MAX_CARDS_PER_UPLOAD = 100  # merged cards (imtID) in one create request
MAX_VARIANTS = 30  # product cards (nmID) in one card (imtID)
MAX_TITLE = 60
MAX_DESCRIPTION = 5000
MAX_TAGS = 15  # per seller, and per product card
MAX_TAG_NAME = 15
MAX_IMAGES = 30
MAX_IMAGE_BYTES = 32 * 1024 * 1024
MAX_VIDEO_BYTES = 50 * 1024 * 1024
MIN_WIDTH, MIN_HEIGHT = 700, 900
MAX_BODY_BYTES = 10 * 1024 * 1024
TAG_COLORS = ("D1CFD7", "FEE0E0", "ECDAFF", "E4EAFF", "DEF1DD", "FFECC7")
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".webp")
VIDEO_EXTENSIONS = (".mov", ".mp4")

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICRO = timedelta(microseconds=1)
DAY_US = 86_400_000_000

# --- WB-like messages of the failed cards list ---------------------------------------------------
NO_VENDOR_CODE = "Не заполнен артикул продавца (vendorCode)"
TOO_MANY_VARIANTS = f"В одной карточке товара может быть не более {MAX_VARIANTS} номенклатур"
TITLE_TOO_LONG = f"Наименование товара должно быть не длиннее {MAX_TITLE} символов"
DESCRIPTION_TOO_LONG = f"Описание товара должно быть не длиннее {MAX_DESCRIPTION} символов"
LIMIT_EXCEEDED = "Превышен лимит на создание карточек товаров: {limit}"


def subject_not_found(subject_id: Any) -> str:
    return f"Предмет с ID {subject_id} не найден"


def vendor_code_used(vendor_code: str) -> str:
    return f"Артикул продавца {vendor_code} уже используется"


def vendor_code_repeated(vendor_code: str) -> str:
    return f"Артикул продавца {vendor_code} повторяется в запросе"


def barcode_used(barcode: str) -> str:
    return f"Баркод {barcode} уже используется"


def barcode_repeated(barcode: str) -> str:
    return f"Баркод {barcode} повторяется в запросе"


def nm_not_found(nm_id: Any) -> str:
    return f"Карточка товара с nmID {nm_id} не найдена"


def imt_not_found(imt_id: Any) -> str:
    return f"Карточка товара с imtID {imt_id} не найдена"


# --- time ----------------------------------------------------------------------------------------
def to_us(ts: float) -> int:
    """Virtual Unix seconds as integer microseconds: cursor keys compare exactly."""
    return round(ts * 1_000_000)


def iso_us(us: int) -> str:
    """WB's cards-list timestamps: UTC with microseconds, e.g. 2024-05-20T10:11:12.123456Z."""
    return (EPOCH + us * MICRO).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_us(value: str) -> int:
    """A timestamp of a cursor back into microseconds (any RFC 3339 form; naive = UTC)."""
    dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return (dt - EPOCH) // MICRO


# --- the catalog ---------------------------------------------------------------------------------
Text = tuple[str, str, str]  # one text in ru, en, zh (the `locale` values)
LOCALES = ("ru", "en", "zh")


def tr(text: Text, locale: str) -> str:
    return text[LOCALES.index(locale)] if locale in LOCALES else text[0]


@dataclass(frozen=True, slots=True)
class Parent:
    id: int
    name: Text
    visible: bool = True


@dataclass(frozen=True, slots=True)
class Charc:
    id: int
    name: Text
    charc_type: int = 1  # 1: an array of strings, 4: a number
    required: bool = False
    unit: Text = ("", "", "")
    max_count: int = 1
    popular: bool = False


@dataclass(frozen=True, slots=True)
class Subject:
    id: int
    parent_id: int
    name: Text
    charcs: tuple[int, ...]
    tnved: tuple[tuple[str, bool], ...] = ()  # (HS code, products need a marking code)
    allowed: bool = True  # allowed for sale (filter.allowedCategoriesOnly)


CH_COLOR, CH_GENDER, CH_COUNTRY, CH_SEASON = 14177449, 14177450, 14177451, 14177452
CH_VAT, CH_TNVED, CH_COMPOSITION, CH_KIT = 15001405, 15000001, 14177453, 14177454
CH_LENGTH, CH_WARRANTY, CH_WEIGHT, CH_MATERIAL, CH_BATTERY = 14177455, 14177456, 14177457, 14177458, 14177459

CHARCS: dict[int, Charc] = {
    c.id: c
    for c in (
        Charc(CH_COLOR, ("Цвет", "Color", "颜色"), max_count=5, popular=True),
        Charc(CH_GENDER, ("Пол", "Gender", "性别"), max_count=3, popular=True),
        Charc(CH_COUNTRY, ("Страна производства", "Country of origin", "原产国"), required=True),
        Charc(CH_SEASON, ("Сезон", "Season", "季节")),
        Charc(CH_VAT, ("Ставка НДС", "VAT rate", "增值税税率"), required=True),
        Charc(CH_TNVED, ("ТНВЭД", "HS code", "海关编码"), required=True),
        Charc(CH_COMPOSITION, ("Состав", "Composition", "成分"), max_count=3, popular=True),
        Charc(CH_KIT, ("Комплектация", "Kit", "配套"), max_count=10),
        Charc(CH_LENGTH, ("Длина изделия", "Product length", "产品长度"), 4, unit=("см", "cm", "厘米")),
        Charc(CH_WARRANTY, ("Гарантийный срок", "Warranty period", "保修期"), 4, unit=("мес.", "mo.", "月")),
        Charc(CH_WEIGHT, ("Вес товара без упаковки", "Net weight", "净重"), 4, unit=("г", "g", "克")),
        Charc(CH_MATERIAL, ("Материал изделия", "Material", "材料"), max_count=3),
        Charc(
            CH_BATTERY,
            ("Емкость аккумулятора", "Battery capacity", "电池容量"),
            4,
            unit=("мА·ч", "mAh", "毫安时"),
        ),
    )
}

APPAREL = (CH_COLOR, CH_GENDER, CH_COUNTRY, CH_SEASON, CH_VAT, CH_TNVED, CH_COMPOSITION, CH_LENGTH)
SHOES = (CH_COLOR, CH_GENDER, CH_COUNTRY, CH_SEASON, CH_VAT, CH_TNVED, CH_MATERIAL)
ELECTRONICS = (CH_COLOR, CH_COUNTRY, CH_VAT, CH_TNVED, CH_KIT, CH_WARRANTY, CH_WEIGHT, CH_BATTERY)
HOME = (CH_COLOR, CH_COUNTRY, CH_VAT, CH_TNVED, CH_COMPOSITION, CH_MATERIAL, CH_LENGTH, CH_WEIGHT)
BEAUTY = (CH_COUNTRY, CH_VAT, CH_TNVED, CH_COMPOSITION, CH_WEIGHT)
GOODS = (CH_COLOR, CH_COUNTRY, CH_VAT, CH_TNVED, CH_MATERIAL, CH_KIT, CH_WEIGHT)

PARENTS: dict[int, Parent] = {
    p.id: p
    for p in (
        Parent(306, ("Одежда", "Clothes", "服装")),
        Parent(629, ("Обувь", "Shoes", "鞋类")),
        Parent(479, ("Электроника", "Electronics", "电子产品")),
        Parent(543, ("Дом", "Home", "家居")),
        Parent(2, ("Красота", "Beauty", "美容")),
        Parent(9, ("Спорт", "Sports", "运动")),
        Parent(760, ("Автомобильные товары", "Car accessories", "汽车用品")),
        Parent(115, ("Игрушки", "Toys", "玩具")),
        Parent(4830, ("Для праздника", "Holiday supplies", "节日用品")),
    )
}

SUBJECTS: dict[int, Subject] = {
    s.id: s
    for s in (
        Subject(
            105,
            306,
            ("Блузки", "Blouses", "女式衬衫"),
            APPAREL,
            (("6106903000", True), ("6106100000", True), ("6206400000", True)),
        ),
        Subject(
            69, 306, ("Платья", "Dresses", "连衣裙"), APPAREL, (("6104420000", True), ("6204420000", True))
        ),
        Subject(2170, 306, ("Футболки", "T-shirts", "T恤"), APPAREL, (("6109100000", True),)),
        Subject(6945, 306, ("Бельё", "Underwear", "内衣"), APPAREL, (("6108210000", True),)),
        Subject(137, 306, ("Носки", "Socks", "袜子"), APPAREL, (("6115950000", True),)),
        Subject(
            11, 306, ("Джинсы", "Jeans", "牛仔裤"), APPAREL, (("6203423100", True), ("6204623100", True))
        ),
        Subject(192, 306, ("Куртки", "Jackets", "夹克"), APPAREL, (("6201400000", True),)),
        Subject(8, 306, ("Брюки", "Trousers", "裤子"), APPAREL, (("6203431900", True),)),
        Subject(1389, 629, ("Сандалии", "Sandals", "凉鞋"), SHOES, (("6402200000", True),)),
        Subject(1287, 479, ("Умные часы", "Smartwatches", "智能手表"), ELECTRONICS, (("8517620009", False),)),
        Subject(1164, 543, ("Постельное белье", "Bed linen", "床上用品"), HOME, (("6302100000", True),)),
        Subject(1068, 115, ("Куклы", "Dolls", "玩偶"), GOODS, (("9503002100", False),)),
        Subject(104, 629, ("Кроссовки", "Sneakers", "运动鞋"), SHOES, (("6404110000", True),)),
        Subject(1031, 629, ("Ботинки", "Boots", "靴子"), SHOES, (("6403910000", True),)),
        Subject(234, 629, ("Тапочки", "Slippers", "拖鞋"), SHOES, (("6405200000", False),)),
        Subject(515, 479, ("Наушники", "Headphones", "耳机"), ELECTRONICS, (("8518300000", False),)),
        Subject(2560, 479, ("3D очки", "3D glasses", "3D眼镜"), ELECTRONICS, (("9004909000", False),)),
        Subject(3091, 479, ("Смартфоны", "Smartphones", "智能手机"), ELECTRONICS, (("8517130000", False),)),
        Subject(
            522, 479, ("Зарядные устройства", "Chargers", "充电器"), ELECTRONICS, (("8504405500", False),)
        ),
        Subject(
            1277,
            479,
            ("Внешние аккумуляторы", "Power banks", "移动电源"),
            ELECTRONICS,
            (("8507600000", False),),
        ),
        Subject(765, 543, ("Пледы", "Blankets", "毯子"), HOME, (("6301400000", True),)),
        Subject(
            1163,
            543,
            ("Подушки декоративные", "Decorative pillows", "装饰枕"),
            HOME,
            (("9404900000", False),),
        ),
        Subject(3, 543, ("Кружки", "Mugs", "马克杯"), HOME, (("6912002300", False),)),
        Subject(1526, 543, ("Полотенца", "Towels", "毛巾"), HOME, (("6302910000", True),)),
        Subject(1446, 2, ("Шампуни", "Shampoos", "洗发水"), BEAUTY, (("3305100000", True),)),
        Subject(1455, 2, ("Кремы для лица", "Face creams", "面霜"), BEAUTY, (("3304990000", True),)),
        Subject(270, 9, ("Парашюты", "Parachutes", "降落伞"), GOODS, (("8804000000", False),)),
        Subject(421, 9, ("Гантели", "Dumbbells", "哑铃"), GOODS, (("9506911000", False),)),
        Subject(1290, 9, ("Коврики для йоги", "Yoga mats", "瑜伽垫"), GOODS, (("9506919000", False),)),
        Subject(342, 760, ("Обложки", "Covers", "封套"), GOODS, (("4202319000", False),)),
        Subject(
            5067, 760, ("Видеорегистраторы", "Dashcams", "行车记录仪"), ELECTRONICS, (("8525893000", False),)
        ),
        Subject(764, 115, ("Конструкторы", "Construction toys", "积木"), GOODS, (("9503003900", False),)),
        Subject(1066, 115, ("Мягкие игрушки", "Soft toys", "毛绒玩具"), GOODS, (("9503004100", False),)),
        Subject(4841, 4830, ("Шары воздушные", "Balloons", "气球"), GOODS, (("9505900000", False),)),
        # WB lists subjects it does not allow for sale; allowedCategoriesOnly hides their cards
        Subject(
            4850,
            4830,
            ("Пиротехника", "Pyrotechnics", "烟花"),
            GOODS,
            (("3604100000", False),),
            allowed=False,
        ),
    )
}

COLORS: tuple[tuple[Text, Text], ...] = tuple(
    (name, parent or name)
    for name, parent in (
        (("белый", "white", "白色"), None),
        (("молочный", "milky", "乳白色"), ("белый", "white", "白色")),
        (("черный", "black", "黑色"), None),
        (("серый", "grey", "灰色"), None),
        (("графит", "graphite", "石墨色"), ("серый", "grey", "灰色")),
        (("бежевый", "beige", "米色"), None),
        (("коричневый", "brown", "棕色"), None),
        (("красный", "red", "红色"), None),
        (("бордовый", "burgundy", "酒红色"), ("красный", "red", "红色")),
        (("розовый", "pink", "粉色"), None),
        (("оранжевый", "orange", "橙色"), None),
        (("желтый", "yellow", "黄色"), None),
        (("зеленый", "green", "绿色"), None),
        (("хаки", "khaki", "卡其色"), ("зеленый", "green", "绿色")),
        (("синий", "blue", "蓝色"), None),
        (("голубой", "light blue", "浅蓝色"), ("синий", "blue", "蓝色")),
        (("фиолетовый", "purple", "紫色"), None),
        (("разноцветный", "multicolor", "多色"), None),
    )
)
KINDS: tuple[Text, ...] = (
    ("Мужской", "Men", "男"),
    ("Женский", "Women", "女"),
    ("Детский", "Kids", "儿童"),
    ("Девочки", "Girls", "女孩"),
    ("Мальчики", "Boys", "男孩"),
    ("Унисекс", "Unisex", "中性"),
)
COUNTRIES: tuple[tuple[Text, Text], ...] = (
    (("Россия", "Russia", "俄罗斯"), ("Российская Федерация", "Russian Federation", "俄罗斯联邦")),
    (
        ("Китай", "China", "中国"),
        ("Китайская Народная Республика", "People's Republic of China", "中华人民共和国"),
    ),
    (("Беларусь", "Belarus", "白俄罗斯"), ("Республика Беларусь", "Republic of Belarus", "白俄罗斯共和国")),
    (
        ("Казахстан", "Kazakhstan", "哈萨克斯坦"),
        ("Республика Казахстан", "Republic of Kazakhstan", "哈萨克斯坦共和国"),
    ),
    (
        ("Киргизия", "Kyrgyzstan", "吉尔吉斯斯坦"),
        ("Кыргызская Республика", "Kyrgyz Republic", "吉尔吉斯共和国"),
    ),
    (
        ("Узбекистан", "Uzbekistan", "乌兹别克斯坦"),
        ("Республика Узбекистан", "Republic of Uzbekistan", "乌兹别克斯坦共和国"),
    ),
    (("Армения", "Armenia", "亚美尼亚"), ("Республика Армения", "Republic of Armenia", "亚美尼亚共和国")),
    (("Турция", "Turkey", "土耳其"), ("Турецкая Республика", "Republic of Türkiye", "土耳其共和国")),
    (("Индия", "India", "印度"), ("Республика Индия", "Republic of India", "印度共和国")),
    (
        ("Вьетнам", "Vietnam", "越南"),
        ("Социалистическая Республика Вьетнам", "Socialist Republic of Viet Nam", "越南社会主义共和国"),
    ),
    (("Италия", "Italy", "意大利"), ("Итальянская Республика", "Italian Republic", "意大利共和国")),
    (
        ("Германия", "Germany", "德国"),
        ("Федеративная Республика Германия", "Federal Republic of Germany", "德意志联邦共和国"),
    ),
)
SEASONS: tuple[Text, ...] = (
    ("всесезон", "all-season", "全季"),
    ("демисезон", "demi-season", "春秋季"),
    ("зима", "winter", "冬季"),
    ("круглогодичный", "year-round", "全年"),
    ("лето", "summer", "夏季"),
)
VAT_RATES: tuple[Text, ...] = (
    ("0", "0", "0"),
    ("5", "5", "5"),
    ("7", "7", "7"),
    ("10", "10", "10"),
    ("20", "20", "20"),
    ("Без НДС", "Without VAT", "免增值税"),
)
BRANDS = ("Lumiere", "Nordic Line", "Sonica", "TechnoHome", "Urban Fox", "Белка", "Снежинка", "Pro Sport")


# --- the model -------------------------------------------------------------------------------------
@dataclass(slots=True)
class Size:
    chrt_id: int
    tech_size: str
    wb_size: str
    skus: list[str]
    price: int | None = None  # as sent (the price is set through the prices API)


@dataclass(slots=True, eq=False)
class Card:
    """One product card (nmID). `photos` holds the sources the photos came from (links, or
    "file:<name>" for uploads) in their order on the card; the answers show WB-hosted links."""

    nm_id: int
    imt_id: int
    subject_id: int
    vendor_code: str
    created_us: int
    updated_us: int
    brand: str = ""
    title: str = ""
    description: str = ""
    dimensions: dict[str, Any] = field(default_factory=dict)
    characteristics: list[dict[str, Any]] = field(default_factory=list)  # {"id", "value"}
    sizes: list[Size] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)
    video: str = ""
    tag_ids: list[int] = field(default_factory=list)
    trashed_us: int | None = None
    kiz_marked: bool = False
    wholesale: dict[str, Any] = field(default_factory=lambda: {"enabled": False, "quantum": 0})

    @property
    def in_trash(self) -> bool:
        return self.trashed_us is not None

    @property
    def barcodes(self) -> list[str]:
        return [sku for s in self.sizes for sku in s.skus]

    @property
    def updated_at(self) -> str:
        return iso_us(self.updated_us)

    @property
    def nm_uuid(self) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"wbseller-emulator:nm:{self.nm_id}"))


@dataclass(slots=True)
class FailedCard:
    """A failed product card (one per vendorCode), in its batch of the list of failed cards."""

    subject_id: int
    vendor_code: str
    at_us: int
    errors: list[str]
    batch: str = ""  # the batchUUID
    brand: str = ""


@dataclass(slots=True)
class Batch:
    """A batch of the list of failed cards: the failures of one card of a create request, or of
    one create-with-merge or update request (WB's grouping)."""

    uuid: str
    at_us: int
    cards: dict[str, FailedCard] = field(default_factory=dict)  # its key in the store -> failure

    @property
    def key(self) -> tuple[int, str]:
        return (self.at_us, self.uuid)


@dataclass(slots=True)
class Tag:
    id: int
    name: str
    color: str


@dataclass(order=True)
class Job:
    """A queued create / create-with-merge / update request, processed at `ready`."""

    ready: float
    seq: int
    kind: str = field(compare=False)  # "create" | "add" | "update"
    items: list[Any] = field(compare=False)
    imt_id: int = field(default=0, compare=False)


Key = tuple[int, int]  # (updatedAt or trashedAt in microseconds, nmID)


# --- the store ---------------------------------------------------------------------------------------
class ContentStore:
    """One seller's catalog view, product cards, queue, failed cards and tags. Get it with
    `ctx.store(ContentStore)` or `emu.state.default.store(ContentStore)`."""

    def __init__(self, seller: SellerState) -> None:
        self.seller = seller
        self.parents: dict[int, Parent] = dict(PARENTS)
        self.subjects: dict[int, Subject] = dict(SUBJECTS)
        self._cards: dict[int, Card] = {}  # every product card: in the list and in the trash
        self._listed: list[Key] = []  # sorted (updated_us, nmID) of the cards list
        self._trashed: list[Key] = []  # sorted (trashed_us, nmID) of the trash
        self._imts: dict[int, set[int]] = {}  # imtID -> its nmIDs
        self._vendor_codes: dict[str, int] = {}  # vendorCode -> nmID
        self._barcodes: dict[str, int] = {}  # barcode -> nmID
        self._failed: dict[str, FailedCard] = {}  # vendorCode (or a unique key) -> entry
        self._batches: dict[str, Batch] = {}  # batchUUID -> batch with at least one failure
        self._batch_keys: list[tuple[int, str]] = []  # sorted (at_us, batchUUID)
        self._jobs: list[Job] = []  # a heap by (ready, seq)
        self._tags: dict[int, Tag] = {}
        self._limits: tuple[int | None, int | None] = (None, None)
        self._seq = itertools.count(1)
        self._next_nm = 100_000_001
        self._next_imt = 80_000_001
        self._next_chrt = 300_000_001
        self._next_tag = 1
        # barcodes: EAN-13 in WB's "20…" range, a per-seller sequence (unique within the seller)
        self._next_barcode = 100_000_000 + (uuid.uuid5(uuid.NAMESPACE_URL, seller.seller_id).int % 10**9)
        self._rng = random.Random(f"content:{seller.seller_id}")

    # --- seeding and inspection (public: other tests seed through these) ---
    def chrt_ids(self) -> set[int]:
        """The size IDs (chrtID) of the seller's cards, in the list and in the trash (the
        marketplace stocks are kept per chrtID)."""
        return {s.chrt_id for card in self._cards.values() for s in card.sizes}

    def seed_cards(
        self,
        n: int,
        *,
        subject_id: int | None = None,
        with_photos: bool = False,
        variants_per_card: int = 1,
        brand: str | None = None,
    ) -> list[Card]:
        """Add `n` plausible product cards at once (visible immediately, no queue, no limits):
        deterministic per seller and fast (100,000 in about a second). They were updated one
        virtual minute apart, the last a minute ago; every `variants_per_card` of them share an
        imtID. `subject_id` fixes the subject (default: a mix of the allowed ones)."""
        # 100,000 cards are ~1.5 million long-lived objects: the cyclic GC would rescan them
        # again and again while they are built (it more than doubles the time)
        enabled = gc.isenabled()
        gc.disable()
        try:
            return self._seed(n, subject_id, with_photos, variants_per_card, brand)
        finally:
            if enabled:
                gc.enable()

    def _seed(
        self, n: int, subject_id: int | None, with_photos: bool, variants_per_card: int, brand: str | None
    ) -> list[Card]:
        rng = self._rng
        pool = (
            [self.subjects[subject_id]]
            if subject_id is not None
            else [s for s in self.subjects.values() if s.allowed]
        )
        per_card = max(1, variants_per_card)
        # random draws in bulk: per-item rng calls would dominate the time of 100,000 cards
        subjects = rng.choices(pool, k=-(-n // per_card))
        brands = [brand] * n if brand else rng.choices(BRANDS, k=n)
        colors = rng.choices([c[0][0] for c in COLORS], k=n)
        models = rng.choices(range(100, 10_000), k=n)
        photo_counts = rng.choices((1, 2, 3), k=n) if with_photos else [0] * n
        skus = self._barcode_run(n)
        now_us = to_us(self.seller.now())
        minute, week = 60_000_000, 7 * DAY_US
        out: list[Card] = []
        keys: list[Key] = []
        cards, vendor_codes, barcodes = self._cards, self._vendor_codes, self._barcodes
        imt, subject = 0, pool[0]
        for k in range(n):
            if k % per_card == 0:
                imt, subject = self._new_imt(), subjects[k // per_card]
                self._imts[imt] = set()
            nm = self._new_nm()
            at = now_us - (n - k) * minute
            code = f"art-{nm}"
            if code in vendor_codes:
                code = self._free_vendor_code(code)
            sku = skus[k]
            chars = [{"id": CH_TNVED, "value": [subject.tnved[0][0]]}] if subject.tnved else []
            if CH_COLOR in subject.charcs:
                chars.insert(0, {"id": CH_COLOR, "value": [colors[k]]})
            card = Card(
                nm,
                imt,
                subject.id,
                code,
                at - week,
                at,
                brands[k],
                f"{subject.name[0]} {models[k]}",
                characteristics=chars,
                sizes=[Size(self._new_chrt(), "0", "", [sku])],
                photos=[f"seed:{nm}:{i}" for i in range(1, photo_counts[k] + 1)],
            )
            cards[nm] = card
            self._imts[imt].add(nm)
            vendor_codes[code] = nm
            barcodes[sku] = nm
            keys.append((at, nm))
            out.append(card)
        self._listed.extend(keys)
        self._listed.sort()
        return out

    def add_card(
        self,
        *,
        subject_id: int = 105,
        vendor_code: str | None = None,
        nm_id: int | None = None,
        imt_id: int | None = None,
        brand: str = "Lumiere",
        title: str = "",
        description: str = "",
        sizes: Sequence[str] = ("0",),
        barcodes: Sequence[str] | None = None,
        characteristics: list[dict[str, Any]] | None = None,
        dimensions: dict[str, Any] | None = None,
        photos: int | Sequence[str] = 0,
        video: str = "",
        tag_ids: Sequence[int] = (),
        updated_at: float | None = None,
        trashed: bool = False,
    ) -> Card:
        """Add one product card (visible at once, no queue, no limits). `sizes` are techSizes
        ("0": no sizes), one barcode each (`barcodes`, or generated); `photos` a count or links;
        `imt_id` joins an existing card (or names a new one); `updated_at` in virtual Unix seconds
        (default now); `trashed` puts it in the trash (trashedAt = updatedAt)."""
        self.settle()
        if subject_id not in self.subjects:
            raise ValueError(f"unknown subject {subject_id}: add_subject() it first")
        nm = self._new_nm() if nm_id is None else nm_id
        if nm in self._cards:
            raise ValueError(f"nmID {nm} already exists")
        self._next_nm = max(self._next_nm, nm + 1)
        imt = self._new_imt() if imt_id is None else imt_id
        self._next_imt = max(self._next_imt, imt + 1)
        code = vendor_code or f"art-{nm}"
        if code in self._vendor_codes:
            raise ValueError(f"vendorCode {code} is already used")
        at = to_us(self.seller.now() if updated_at is None else updated_at)
        skus = list(barcodes) if barcodes is not None else [self.generate_barcode() for _ in sizes]
        card = Card(
            nm,
            imt,
            subject_id,
            code,
            at,
            at,
            brand=brand,
            title=title or f"{self.subjects[subject_id].name[0]} {brand}",
            description=description,
            dimensions=dict(dimensions or {"length": 30, "width": 20, "height": 5, "weightBrutto": 0.4}),
            characteristics=list(characteristics or []),
            sizes=[
                Size(self._new_chrt(), t, "", [skus[i]] if i < len(skus) else []) for i, t in enumerate(sizes)
            ],
            photos=[f"seed:{nm}:{i}" for i in range(1, photos + 1)]
            if isinstance(photos, int)
            else list(photos),
            video=video,
            tag_ids=[t for t in tag_ids if t in self._tags],
        )
        self._register(card)
        if trashed:
            card.trashed_us = at
            insort(self._trashed, (at, nm))
        else:
            insort(self._listed, (at, nm))
        return card

    def add_subject(
        self, subject_id: int, name: str, parent_id: int = 306, *, allowed: bool = True, tnved: str = ""
    ) -> Subject:
        """Add a subject to this seller's catalog (the name is used for every locale)."""
        parent = self.parents.get(parent_id)
        if parent is None:
            parent = self.parents[parent_id] = Parent(parent_id, (f"Категория {parent_id}",) * 3)
        subject = Subject(
            subject_id, parent_id, (name, name, name), GOODS, ((tnved, False),) if tnved else (), allowed
        )
        self.subjects[subject_id] = subject
        return subject

    def add_tag(self, name: str, color: str = "D1CFD7") -> Tag:
        """Add a tag (no limit check)."""
        tag = Tag(self._next_tag, name, color)
        self._next_tag += 1
        self._tags[tag.id] = tag
        return tag

    def set_limits(self, free: int | None = None, paid: int | None = None) -> None:
        """Override the card limits (None: back to the settings content.free_limits/paid_limits)."""
        self._limits = (free, paid)

    def limits(self) -> tuple[int, int]:
        """(freeLimits, paidLimits)."""
        out = []
        for override, name in zip(self._limits, ("content.free_limits", "content.paid_limits"), strict=True):
            out.append(int(override if override is not None else self.seller.setting(name, DEFAULTS[name])))
        return out[0], out[1]

    def card(self, nm_id: int) -> Card | None:
        """A product card in the list or in the trash (queued requests due are processed first)."""
        self.settle()
        return self._cards.get(nm_id)

    def cards(self) -> list[Card]:
        """The cards list, in its default order (updatedAt descending)."""
        self.settle()
        return [self._cards[nm] for _, nm in reversed(self._listed)]

    def trash(self) -> list[Card]:
        """The trash, newest first."""
        self.settle()
        return [self._cards[nm] for _, nm in reversed(self._trashed)]

    def imt(self, imt_id: int) -> list[Card]:
        """The product cards of one card (imtID), by nmID."""
        self.settle()
        return [self._cards[nm] for nm in sorted(self._imts.get(imt_id, ()))]

    def errors(self) -> list[FailedCard]:
        """The failed product cards, one per vendorCode, in the order they failed."""
        self.settle()
        return list(self._failed.values())

    def batches(self) -> list[Batch]:
        """The batches of the list of failed cards, oldest first (as WB orders them ascending)."""
        self.settle()
        return [self._batches[uuid] for _, uuid in self._batch_keys]

    def batch_page(
        self, limit: int, after: tuple[int, str] | None = None, ascending: bool = True
    ) -> tuple[list[Batch], bool]:
        """A page of batches strictly after the cursor position `after` (at_us, batchUUID), and
        whether more follow it."""
        keys = list(itertools.islice(_walk(self._batch_keys, after, ascending), limit + 1))
        return [self._batches[uuid] for _, uuid in keys[:limit]], len(keys) > limit

    def tags(self) -> list[Tag]:
        return list(self._tags.values())

    def pending(self) -> int:
        """How many create/update requests are still queued."""
        self.settle()
        return len(self._jobs)

    def generate_barcode(self) -> str:
        """A new EAN-13 barcode, unique within the seller."""
        while True:
            code = ean13(200_000_000_000 + self._next_barcode % 10**10)
            self._next_barcode += 1
            if code not in self._barcodes:
                return code

    def _barcode_run(self, n: int) -> list[str]:
        """`n` new barcodes at once (seeding): runs of consecutive numbers share their first 9
        digits, so their check digits need one table lookup each."""
        out: list[str] = []
        while len(out) < n:
            high, low = divmod(200_000_000_000 + self._next_barcode % 10**10, 1000)
            a, b = divmod(high, 1_000_000)
            upper = _W131[a] + _W313[b // 1000] + _W131[b % 1000]
            prefix = f"{high:09d}"
            take = min(1000 - low, n - len(out))
            self._next_barcode += take
            for d in range(low, low + take):
                code = f"{prefix}{d:03d}{(10 - (upper + _W313[d]) % 10) % 10}"
                out.append(code if code not in self._barcodes else self.generate_barcode())
        return out

    def settle(self) -> None:
        """Process the queued requests that are due, then drop trash older than trash_days."""
        now = self.seller.now()
        while self._jobs and self._jobs[0].ready <= now:
            job = heapq.heappop(self._jobs)
            if job.kind == "update":
                self._process_update(job)
            elif job.kind == "add":
                self._process_add(job)
            else:
                self._process_create(job)
        days = float(self.seller.setting("content.trash_days", DEFAULTS["content.trash_days"]))
        cutoff = to_us(now) - round(days * DAY_US)
        while self._trashed and self._trashed[0][0] < cutoff:
            _, nm = self._trashed.pop(0)
            self._forget(self._cards[nm])

    # --- paging (O(log n + page) without filters) ---
    def list_page(
        self,
        limit: int,
        after: Key | None = None,
        ascending: bool = False,
        match: Callable[[Card], bool] | None = None,
    ) -> list[Card]:
        """A page of the cards list strictly after the cursor position `after` (updated_us, nmID)."""
        return self._page(self._listed, limit, after, ascending, match)

    def trash_page(
        self,
        limit: int,
        after: Key | None = None,
        ascending: bool = False,
        match: Callable[[Card], bool] | None = None,
    ) -> list[Card]:
        """A page of the trash strictly after the cursor position `after` (trashed_us, nmID)."""
        return self._page(self._trashed, limit, after, ascending, match)

    def _page(
        self,
        keys: list[Key],
        limit: int,
        after: Key | None,
        ascending: bool,
        match: Callable[[Card], bool] | None,
    ) -> list[Card]:
        cards = (self._cards[nm] for _, nm in _walk(keys, after, ascending))
        if match is not None:
            cards = (c for c in cards if match(c))
        return list(itertools.islice(cards, limit))

    # --- queue ---
    def enqueue(self, kind: str, items: list[Any], imt_id: int = 0) -> Job:
        """Queue a create ("create", "add") or "update" request; it is processed after the delay."""
        name = "content.update_delay" if kind == "update" else "content.card_delay"
        delay = float(self.seller.setting(name, DEFAULTS[name]))
        job = Job(self.seller.now() + delay, next(self._seq), kind, items, imt_id)
        heapq.heappush(self._jobs, job)
        self.settle()
        return job

    def _process_create(self, job: Job) -> None:
        at = to_us(job.ready)
        repeated = _repeated(job.items, lambda c: c.get("variants") or [])
        for raw in job.items:
            batch = self._new_batch(at)  # one per `variants` array (registered on its first failure)
            subject_id = raw.get("subjectID")
            variants = list(raw.get("variants") or [])
            known = isinstance(subject_id, int) and subject_id in self.subjects
            card_errors = [] if known else [subject_not_found(subject_id)]
            if len(variants) > MAX_VARIANTS:
                card_errors.append(TOO_MANY_VARIANTS)
            if not variants:
                self._fail(batch, subject_id, "", ["В карточке нет ни одной номенклатуры (variants)"])
            imt: int | None = None
            for v in variants:
                errors = card_errors + self._variant_errors(v, repeated)
                if not errors and self._remaining() <= 0:
                    errors = [LIMIT_EXCEEDED.format(limit=sum(self.limits()))]
                if errors:
                    self._fail(batch, subject_id, v.get("vendorCode"), errors, v.get("brand"))
                    continue
                if imt is None:
                    imt = self._new_imt()
                self._create(v, int(subject_id), imt, at)

    def _process_add(self, job: Job) -> None:
        at = to_us(job.ready)
        batch = self._new_batch(at)  # one per request
        members = [nm for nm in self._imts.get(job.imt_id, ()) if not self._cards[nm].in_trash]
        subject_id: int | None = self._cards[members[0]].subject_id if members else None
        repeated = _repeated([{"variants": job.items}], lambda c: c["variants"])
        room = MAX_VARIANTS - len(members)
        for v in job.items:
            errors = [imt_not_found(job.imt_id)] if subject_id is None else []
            errors += self._variant_errors(v, repeated)
            if not errors and room <= 0:
                errors = [TOO_MANY_VARIANTS]
            if not errors and self._remaining() <= 0:
                errors = [LIMIT_EXCEEDED.format(limit=sum(self.limits()))]
            if errors or subject_id is None:
                self._fail(batch, subject_id, v.get("vendorCode"), errors, v.get("brand"))
                continue
            self._create(v, subject_id, job.imt_id, at)
            room -= 1

    def _process_update(self, job: Job) -> None:
        at = to_us(job.ready)
        batch = self._new_batch(at)  # one per request
        repeated = _repeated([{"variants": job.items}], lambda c: c["variants"])
        nm_counts = Counter(u.get("nmID") for u in job.items)
        for u in job.items:
            nm = u.get("nmID")
            card = self._cards.get(nm) if isinstance(nm, int) else None
            if card is None:
                errors = [nm_not_found(nm)]
            elif card.in_trash:
                errors = [f"Карточка товара с nmID {nm} находится в корзине"]
            elif nm_counts[nm] > 1:
                errors = [f"nmID {nm} повторяется в запросе"]
            else:
                errors = self._variant_errors(u, repeated, own_nm=card.nm_id)
                sent = {str(sku) for s in u.get("sizes") or [] for sku in s.get("skus") or []}
                kept = [sku for sku in card.barcodes if sku not in sent]
                if kept:
                    errors.append("Баркоды нельзя удалить или изменить: " + ", ".join(kept))
            if errors or card is None:
                subject = card.subject_id if card else None
                self._fail(batch, subject, u.get("vendorCode"), errors, u.get("brand"))
                continue
            self._apply_update(card, u, at)

    def _variant_errors(
        self, v: dict[str, Any], repeated: tuple[set[str], set[str]], own_nm: int = 0
    ) -> list[str]:
        """What is wrong with one product card of a create or update request."""
        errors = []
        code = str(v.get("vendorCode") or "").strip()
        owner = self._vendor_codes.get(code)
        if not code:
            errors.append(NO_VENDOR_CODE)
        elif code in repeated[0]:
            errors.append(vendor_code_repeated(code))
        elif owner is not None and owner != own_nm:
            errors.append(vendor_code_used(code))
        if len(str(v.get("title") or "")) > MAX_TITLE:
            errors.append(TITLE_TOO_LONG)
        if len(str(v.get("description") or "")) > MAX_DESCRIPTION:
            errors.append(DESCRIPTION_TOO_LONG)
        for sku in _skus(v):
            holder = self._barcodes.get(sku)
            if sku in repeated[1]:
                errors.append(barcode_repeated(sku))
            elif holder is not None and holder != own_nm:
                errors.append(barcode_used(sku))
        return errors

    def _create(self, v: dict[str, Any], subject_id: int, imt: int, at: int) -> Card:
        card = Card(self._new_nm(), imt, subject_id, str(v["vendorCode"]).strip(), at, at)
        _fill(card, v)
        card.sizes = self._sizes(v.get("sizes"), [])
        self._register(card)
        insort(self._listed, (at, card.nm_id))
        self._unfail(card.vendor_code)  # "repeat the request with the errors fixed"
        return card

    def _apply_update(self, card: Card, u: dict[str, Any], at: int) -> None:
        del self._vendor_codes[card.vendor_code]
        for sku in card.barcodes:
            del self._barcodes[sku]
        _fill(card, u)  # the card is overwritten: what the update leaves out is cleared
        card.vendor_code = str(u["vendorCode"]).strip()
        card.sizes = self._sizes(u.get("sizes"), card.sizes)
        self._vendor_codes[card.vendor_code] = card.nm_id
        for sku in card.barcodes:
            self._barcodes[sku] = card.nm_id
        self._unfail(card.vendor_code)
        self.touch(card, at)

    def _sizes(self, raw: list[dict[str, Any]] | None, old: list[Size]) -> list[Size]:
        """Sizes from a request; known chrtIDs are kept, a size sent without barcodes gets one
        (a product without sizes is one size "0" with its barcodes)."""
        known = {s.chrt_id for s in old}
        out = []
        for s in raw or [{}]:
            chrt = s.get("chrtID")
            skus = [str(x) for x in s.get("skus") or []] or [self.generate_barcode()]
            out.append(
                Size(
                    chrt if chrt in known else self._new_chrt(),
                    str(s.get("techSize") or "0"),
                    str(s.get("wbSize") or ""),
                    list(dict.fromkeys(skus)),
                    s.get("price"),
                )
            )
        return out

    def _new_batch(self, at: int) -> Batch:
        n = next(self._seq)
        return Batch(
            str(uuid.uuid5(uuid.NAMESPACE_URL, f"wbseller-emulator:batch:{self.seller.seller_id}:{n}")), at
        )

    def _fail(
        self, batch: Batch, subject_id: Any, vendor_code: Any, errors: list[str], brand: Any = ""
    ) -> None:
        code = str(vendor_code or "").strip()
        key = code or f"#{next(self._seq)}"
        self._unfail(key)  # a newer failure replaces the older one (and goes last)
        subject = subject_id if isinstance(subject_id, int) else 0
        entry = FailedCard(subject, code, batch.at_us, errors, batch.uuid, str(brand or ""))
        self._failed[key] = entry
        if not batch.cards:
            self._batches[batch.uuid] = batch
            insort(self._batch_keys, batch.key)
        batch.cards[key] = entry

    def _unfail(self, key: str) -> None:
        """Take a failure out of the list (its batch goes when it is empty)."""
        entry = self._failed.pop(key, None)
        batch = self._batches.get(entry.batch) if entry is not None else None
        if batch is None:
            return
        batch.cards.pop(key, None)
        if not batch.cards:
            del self._batches[batch.uuid]
            del self._batch_keys[bisect_left(self._batch_keys, batch.key)]

    def _remaining(self) -> int:
        """(freeLimits + paidLimits) - the product cards created (in the list and in the trash)."""
        return sum(self.limits()) - len(self._cards)

    # --- changes ---
    def touch(self, card: Card, at: int | None = None) -> None:
        """Bump the card's updatedAt (to now): it moves in the cards list order."""
        at = to_us(self.seller.now()) if at is None else at
        if not card.in_trash:
            del self._listed[_index(self._listed, (card.updated_us, card.nm_id))]
            insort(self._listed, (at, card.nm_id))
        card.updated_us = at

    def move(self, nm_ids: Iterable[int], imt: int) -> None:
        """Put product cards into the card `imt` (merge, separate, trash, recover)."""
        for nm in nm_ids:
            card = self._cards[nm]
            if card.imt_id == imt:
                continue
            old = self._imts[card.imt_id]
            old.discard(nm)
            if not old:
                del self._imts[card.imt_id]
            card.imt_id = imt
            self._imts.setdefault(imt, set()).add(nm)

    def to_trash(self, card: Card) -> None:
        now = to_us(self.seller.now())
        del self._listed[_index(self._listed, (card.updated_us, card.nm_id))]
        card.trashed_us = now
        insort(self._trashed, (now, card.nm_id))
        self.move([card.nm_id], self._new_imt())  # it leaves its card

    def recover(self, card: Card) -> None:
        assert card.trashed_us is not None
        del self._trashed[_index(self._trashed, (card.trashed_us, card.nm_id))]
        card.trashed_us = None
        self.move([card.nm_id], self._new_imt())  # not the imtID it had in the trash
        card.updated_us = to_us(self.seller.now())
        insort(self._listed, (card.updated_us, card.nm_id))

    def _register(self, card: Card) -> None:
        self._cards[card.nm_id] = card
        self._imts.setdefault(card.imt_id, set()).add(card.nm_id)
        self._vendor_codes[card.vendor_code] = card.nm_id
        for sku in card.barcodes:
            self._barcodes[sku] = card.nm_id

    def _forget(self, card: Card) -> None:
        del self._cards[card.nm_id]
        members = self._imts.get(card.imt_id)
        if members is not None:
            members.discard(card.nm_id)
            if not members:
                del self._imts[card.imt_id]
        self._vendor_codes.pop(card.vendor_code, None)
        for sku in card.barcodes:
            self._barcodes.pop(sku, None)

    def listed(self, nm_id: Any) -> Card | None:
        """The product card if it is in the cards list (not in the trash, not unknown)."""
        card = self._cards.get(nm_id) if isinstance(nm_id, int) else None
        return card if card is not None and not card.in_trash else None

    def need_kiz(self, card: Card) -> bool:
        """Whether the card's HS code (ТНВЭД characteristic) needs a marking code."""
        subject = self.subjects.get(card.subject_id)
        codes = {code for code, kiz in (subject.tnved if subject else ()) if kiz}
        for ch in card.characteristics:
            if ch.get("id") == CH_TNVED:
                values = ch.get("value")
                values = values if isinstance(values, list) else [values]
                return any(str(x) in codes for x in values)
        return False

    def _new_nm(self) -> int:
        self._next_nm += 1
        return self._next_nm - 1

    def _new_imt(self) -> int:
        self._next_imt += 1
        return self._next_imt - 1

    def _new_chrt(self) -> int:
        self._next_chrt += 1
        return self._next_chrt - 1

    def _free_vendor_code(self, code: str) -> str:
        base, n = code, 1
        while code in self._vendor_codes:
            n += 1
            code = f"{base}-{n}"
        return code


# --- helpers -------------------------------------------------------------------------------------------
K = TypeVar("K", Key, tuple[int, str])


def _walk(keys: list[K], after: K | None, ascending: bool) -> Iterator[K]:
    """The keys strictly after `after` in the order asked (the list itself is ascending)."""
    if ascending:
        start = 0 if after is None else bisect_right(keys, after)
        return (keys[i] for i in range(start, len(keys)))
    end = len(keys) if after is None else bisect_left(keys, after)
    return (keys[i] for i in range(end - 1, -1, -1))


def _index(keys: list[Key], key: Key) -> int:
    i = bisect_left(keys, key)
    if i == len(keys) or keys[i] != key:
        raise KeyError(key)
    return i


# EAN-13 check digit: the 12 digits weigh 1, 3, 1, 3…; sums of 3-digit groups by table (fast seeding)
_W131 = [d // 100 + 3 * (d // 10 % 10) + d % 10 for d in range(1000)]
_W313 = [3 * (d // 100) + d // 10 % 10 + 3 * (d % 10) for d in range(1000)]


def ean13(value: int) -> str:
    """The EAN-13 barcode of a 12-digit number (its check digit appended)."""
    a, rest = divmod(value, 1_000_000_000)
    b, rest = divmod(rest, 1_000_000)
    c, d = divmod(rest, 1000)
    total = _W131[a] + _W313[b] + _W131[c] + _W313[d]
    return f"{value:012d}{(10 - total % 10) % 10}"


def _skus(v: dict[str, Any]) -> list[str]:
    return [str(sku) for s in v.get("sizes") or [] if isinstance(s, dict) for sku in s.get("skus") or []]


def _repeated(
    cards: list[dict[str, Any]], variants: Callable[[dict[str, Any]], list[dict[str, Any]]]
) -> tuple[set[str], set[str]]:
    """The vendorCodes and barcodes that occur more than once in one request."""
    codes: Counter[str] = Counter()
    skus: Counter[str] = Counter()
    for c in cards:
        for v in variants(c):
            code = str(v.get("vendorCode") or "").strip()
            if code:
                codes[code] += 1
            skus.update(set(_skus(v)))
            skus.update(sku for sku, n in Counter(_skus(v)).items() if n > 1)  # twice in one variant
    return {k for k, n in codes.items() if n > 1}, {k for k, n in skus.items() if n > 1}


def _fill(card: Card, v: dict[str, Any]) -> None:
    """The editable fields of a product card from a create/update item (absent = cleared)."""
    card.brand = str(v.get("brand") or "")
    card.title = str(v.get("title") or "")
    card.description = str(v.get("description") or "")
    dims = v.get("dimensions")
    card.dimensions = (
        {k: dims[k] for k in ("length", "width", "height", "weightBrutto") if k in dims}
        if isinstance(dims, dict)
        else {}
    )
    card.characteristics = [
        {"id": ch["id"], "value": ch.get("value")}
        for ch in v.get("characteristics") or []
        if isinstance(ch, dict) and isinstance(ch.get("id"), int)
    ]
    card.kiz_marked = v.get("kizMarked") is True  # WB's default false
    wholesale = v.get("wholesale")
    if isinstance(wholesale, dict):  # create and create with merge only: an update keeps it
        card.wholesale = {
            "enabled": wholesale.get("enabled") is True,
            "quantum": wholesale.get("quantum") or 0,
        }


def _sniff(data: bytes) -> str | None:
    """'image' or 'video' from the file's magic number (JPG, PNG, BMP, GIF, WebP; MP4, MOV)."""
    kind = sniff(data)
    if kind in IMAGE_FORMATS:
        return "image"
    return "video" if kind in VIDEO_FORMATS else None


def _image_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, GIF, BMP or JPEG, read from its header; None if unknown."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        return int(w), int(h)
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        w, h = struct.unpack("<HH", data[6:10])
        return int(w), int(h)
    if data.startswith(b"BM") and len(data) >= 26:
        w, h = struct.unpack("<ii", data[18:26])
        return abs(int(w)), abs(int(h))
    if data.startswith(b"\xff\xd8"):
        i = 2
        while i + 9 <= len(data) and data[i] == 0xFF:
            marker, length = data[i + 1], struct.unpack(">H", data[i + 2 : i + 4])[0]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                h, w = struct.unpack(">HH", data[i + 5 : i + 9])
                return int(w), int(h)
            i += 2 + int(length)
    return None


# --- JSON shapes ---------------------------------------------------------------------------------------
def envelope(data: Any = None, additional: Any = None) -> dict[str, Any]:
    return {"data": data, "error": False, "errorText": "", "additionalErrors": additional}


def _basket(nm: int) -> str:
    vol, part = nm // 100_000, nm // 1000
    return f"https://basket-{vol % 30 + 1:02d}.wbbasket.ru/vol{vol}/part{part}/{nm}"


def _photo_json(nm: int, position: int) -> dict[str, str]:
    base = f"{_basket(nm)}/images"
    return {
        size: f"{base}/{size}/{position}.webp" for size in ("big", "c246x328", "c516x688", "square", "tm")
    }


def _dimensions_json(dims: dict[str, Any]) -> dict[str, Any]:
    out = {k: dims.get(k, 0) for k in ("length", "width", "height", "weightBrutto")}
    out["isValid"] = all(isinstance(v, int | float) and v > 0 for v in out.values())
    return out


def _characteristics_json(chars: list[dict[str, Any]], locale: str) -> list[dict[str, Any]]:
    out = []
    for ch in chars:
        charc = CHARCS.get(ch["id"])
        out.append({"id": ch["id"], "name": tr(charc.name, locale) if charc else "", "value": ch["value"]})
    return out


def _sizes_json(sizes: list[Size]) -> list[dict[str, Any]]:
    return [
        {"chrtID": s.chrt_id, "techSize": s.tech_size, "wbSize": s.wb_size, "skus": s.skus} for s in sizes
    ]


def _subject_name(st: ContentStore, subject_id: int, locale: str) -> str:
    subject = st.subjects.get(subject_id)
    return tr(subject.name, locale) if subject else ""


def card_json(st: ContentStore, c: Card, locale: str = "ru") -> dict[str, Any]:
    """A product card as the cards list shows it (photos and video only when the card has them)."""
    out: dict[str, Any] = {
        "nmID": c.nm_id,
        "imtID": c.imt_id,
        "nmUUID": c.nm_uuid,
        "subjectID": c.subject_id,
        "subjectName": _subject_name(st, c.subject_id, locale),
        "vendorCode": c.vendor_code,
        "brand": c.brand,
        "title": c.title,
        "description": c.description,
        "needKiz": st.need_kiz(c),
        "kizMarked": c.kiz_marked,
        "wholesale": dict(c.wholesale),
    }
    if c.photos:
        out["photos"] = [_photo_json(c.nm_id, i) for i in range(1, len(c.photos) + 1)]
    if c.video:
        out["video"] = f"{_basket(c.nm_id)}/video/1.mp4"
    out["dimensions"] = _dimensions_json(c.dimensions)
    out["characteristics"] = _characteristics_json(c.characteristics, locale)
    out["sizes"] = _sizes_json(c.sizes)
    out["tags"] = [_tag_json(st._tags[t]) for t in c.tag_ids if t in st._tags]
    out["createdAt"] = iso_us(c.created_us)
    out["updatedAt"] = iso_us(c.updated_us)
    return out


def trash_card_json(st: ContentStore, c: Card, locale: str = "ru") -> dict[str, Any]:
    out: dict[str, Any] = {
        "nmID": c.nm_id,
        "vendorCode": c.vendor_code,
        "subjectID": c.subject_id,
        "subjectName": _subject_name(st, c.subject_id, locale),
    }
    if c.photos:
        out["photos"] = [_photo_json(c.nm_id, i) for i in range(1, len(c.photos) + 1)]
    if c.video:
        out["video"] = f"{_basket(c.nm_id)}/video/1.mp4"
    out["sizes"] = _sizes_json(c.sizes)
    out["dimensions"] = _dimensions_json(c.dimensions)
    # WB sends null, not [], for a trash card without characteristics (issue 11)
    out["characteristics"] = _characteristics_json(c.characteristics, locale) or None
    out["kizMarked"] = c.kiz_marked  # in the trash too (cards-lists-2026-08)
    out["wholesale"] = dict(c.wholesale)
    out["createdAt"] = iso_us(c.created_us)
    out["trashedAt"] = iso_us(c.trashed_us or 0)
    return out


def _tag_json(t: Tag) -> dict[str, Any]:
    return {"id": t.id, "color": t.color, "name": t.name}


# --- request parsing -------------------------------------------------------------------------------------
def _store(ctx: Ctx) -> ContentStore:
    st = ctx.store(ContentStore)
    st.settle()
    return st


def _locale(ctx: Ctx) -> str:
    return str(ctx.arg("locale", "ru"))


def _object(ctx: Ctx) -> dict[str, Any]:
    body = ctx.json()
    if not isinstance(body, dict):
        raise ApiError(400, "Некорректный формат запроса: ожидается объект JSON")
    return body


def _array(ctx: Ctx, what: str, most: int) -> list[dict[str, Any]]:
    if len(ctx.body) > MAX_BODY_BYTES:
        raise ApiError(413, "Размер запроса превышает 10 Мб")
    body = ctx.json()
    if not isinstance(body, list) or not all(isinstance(x, dict) for x in body):
        raise ApiError(400, "Некорректный формат запроса: ожидается массив объектов")
    if not body:
        raise ApiError(400, f"Пустой запрос: передайте хотя бы одну {what}")
    if len(body) > most:
        raise ApiError(400, f"В одном запросе можно передать не более {most}: передано {len(body)}")
    return body


def _nm_ids(body: dict[str, Any], most: int) -> list[int]:
    raw = body.get("nmIDs")
    if not isinstance(raw, list) or not raw or not all(isinstance(x, int) for x in raw):
        raise ApiError(400, "nmIDs: передайте хотя бы один артикул WB (числа)")
    if len(raw) > most:
        raise ApiError(400, f"nmIDs: не более {most} артикулов WB в одном запросе")
    return list(dict.fromkeys(raw))


LIST_LIMIT = 10  # cursor.limit when the request gives none (WB's default, cards-lists-2026-08)


def _settings(ctx: Ctx) -> dict[str, Any]:
    """settings (optional since WB's 2026 reference: absent, the first page with WB's defaults)."""
    settings = _object(ctx).get("settings")
    if settings is None:
        return {}
    if not isinstance(settings, dict):
        raise ApiError(400, "settings: ожидается объект")
    return settings


def _cursor(settings: dict[str, Any], key: str, ascending: bool) -> tuple[int, Key | None]:
    """limit and the position after which the page starts, from settings.cursor."""
    cursor = settings.get("cursor") or {}
    if not isinstance(cursor, dict):
        raise ApiError(400, "settings.cursor: ожидается объект")
    limit = int(cursor.get("limit", LIST_LIMIT))
    if not 1 <= limit <= 100:
        raise ApiError(400, f"settings.cursor.limit must be from 1 to 100, got {limit}")
    stamp = cursor.get(key)
    if not stamp:
        return limit, None
    try:
        at = parse_us(str(stamp))
    except ValueError as e:
        raise ApiError(400, f"settings.cursor.{key}: invalid time {stamp!r}") from e
    nm = cursor.get("nmID")
    if not isinstance(nm, int):  # updatedAt alone: strictly after every card with that time
        nm = 2**63 if ascending else -1
    return limit, (at, nm)


def _cursor_json(cards: list[Card], settings: dict[str, Any], key: str, stamp: Callable[[Card], int]) -> Any:
    """The cursor of the page's last card; an empty page echoes the request's position."""
    if cards:
        return {key: iso_us(stamp(cards[-1])), "nmID": cards[-1].nm_id, "total": len(cards)}
    sent = settings.get("cursor") or {}
    return {**{k: sent[k] for k in (key, "nmID") if sent.get(k)}, "total": 0}


def _ascending(settings: dict[str, Any]) -> bool:
    sort = settings.get("sort")
    return bool(sort.get("ascending")) if isinstance(sort, dict) else False


def _text_match(text: str, *, everywhere: bool) -> Callable[[Card], bool]:
    """textSearch: nmID (exact), vendorCode (substring); the cards list also title and barcodes."""
    needle = text.casefold()
    nm = int(text) if text.isdigit() else None

    def test(c: Card) -> bool:
        if c.nm_id == nm or needle in c.vendor_code.casefold():
            return True
        return everywhere and (needle in c.title.casefold() or any(text in s.skus for s in c.sizes))

    return test


def _card_filter(st: ContentStore, flt: dict[str, Any]) -> Callable[[Card], bool] | None:
    tests: list[Callable[[Card], bool]] = []
    # 0 (WB's default) and -1: every card; 1: with photos; 2: without (cards-with-photo-values)
    with_photo = flt.get("withPhoto", 0)
    if with_photo == 1:
        tests.append(lambda c: bool(c.photos))
    elif with_photo == 2:
        tests.append(lambda c: not c.photos)
    text = str(flt.get("textSearch") or "").strip()
    if text:
        tests.append(_text_match(text, everywhere=True))
    tag_ids = set(flt.get("tagIDs") or [])
    if tag_ids:
        tests.append(lambda c: not tag_ids.isdisjoint(c.tag_ids))
    subjects = set(flt.get("objectIDs") or [])
    if subjects:
        tests.append(lambda c: c.subject_id in subjects)
    brands = {str(b).casefold() for b in flt.get("brands") or []}
    if brands:
        tests.append(lambda c: c.brand.casefold() in brands)
    imt = flt.get("imtID")
    if imt:
        tests.append(lambda c: c.imt_id == imt)
    if flt.get("allowedCategoriesOnly"):
        tests.append(lambda c: (s := st.subjects.get(c.subject_id)) is not None and s.allowed)
    if not tests:
        return None
    return lambda c: all(t(c) for t in tests)


def _variants(raw: Any) -> list[dict[str, Any]]:
    return [v for v in raw if isinstance(v, dict)] if isinstance(raw, list) else []


# --- handlers: catalog ----------------------------------------------------------------------------------
@handler("content.products_parent_categories")
def products_parent_categories(ctx: Ctx) -> Any:
    st, locale = _store(ctx), _locale(ctx)
    return envelope(
        [{"id": p.id, "name": tr(p.name, locale), "isVisible": p.visible} for p in st.parents.values()]
    )


@handler("content.subjects_list")
def subjects_list(ctx: Ctx) -> Any:
    st, locale = _store(ctx), _locale(ctx)
    name = str(ctx.arg("name", "")).strip().casefold()
    parent_id = ctx.arg("parentID", None, int)
    limit, offset = int(ctx.arg("limit", 30, int)), int(ctx.arg("offset", 0, int))
    found = (
        s
        for s in sorted(st.subjects.values(), key=lambda s: s.id)
        if (parent_id is None or s.parent_id == parent_id)
        and (not name or any(name in n.casefold() for n in s.name))
    )
    page = itertools.islice(found, max(0, offset), max(0, offset) + max(0, limit))
    return envelope(
        [
            {
                "subjectID": s.id,
                "parentID": s.parent_id,
                "subjectName": tr(s.name, locale),
                "parentName": tr(st.parents[s.parent_id].name, locale) if s.parent_id in st.parents else "",
            }
            for s in page
        ]
    )


def _subject(st: ContentStore, subject_id: Any) -> Subject:
    subject = st.subjects.get(subject_id) if isinstance(subject_id, int) else None
    if subject is None:
        raise ApiError(400, subject_not_found(subject_id))
    return subject


@handler("content.subject_characteristics")
def subject_characteristics(ctx: Ctx) -> Any:
    st, locale = _store(ctx), _locale(ctx)
    try:
        subject = _subject(st, int(ctx.path_params["subjectId"]))
    except ValueError as e:
        raise ApiError(400, f"invalid subjectId {ctx.path_params['subjectId']!r}") from e
    return envelope(
        [
            {
                "charcID": c.id,
                "subjectName": tr(subject.name, locale),
                "subjectID": subject.id,
                "name": tr(c.name, locale),
                "required": c.required,
                "unitName": tr(c.unit, locale),
                "maxCount": c.max_count,
                "popular": c.popular,
                "charcType": c.charc_type,
            }
            for c in (CHARCS[i] for i in subject.charcs)
        ]
    )


@handler("content.color")
def color(ctx: Ctx) -> Any:
    locale = _locale(ctx)
    return envelope([{"name": tr(n, locale), "parentName": tr(p, locale)} for n, p in COLORS])


@handler("content.gender")
def gender(ctx: Ctx) -> Any:
    locale = _locale(ctx)
    return envelope([tr(k, locale) for k in KINDS])


@handler("content.country_of_origin")
def country_of_origin(ctx: Ctx) -> Any:
    locale = _locale(ctx)
    return envelope(
        [
            {"id": i, "name": tr(n, locale), "fullName": tr(f, locale)}  # id: WB's reference of 2026
            for i, (n, f) in enumerate(COUNTRIES, 1)
        ]
    )


@handler("content.season")
def season(ctx: Ctx) -> Any:
    locale = _locale(ctx)
    return envelope([tr(s, locale) for s in SEASONS])


@handler("content.vat_rate")
def vat_rate(ctx: Ctx) -> Any:
    locale = _locale(ctx)
    return envelope([tr(v, locale) for v in VAT_RATES])


@handler("content.hs_codes")
def hs_codes(ctx: Ctx) -> Any:
    st = _store(ctx)
    subject = _subject(st, ctx.arg("subjectID", None, int))
    search = str(ctx.arg("search", ""))
    return envelope([{"tnved": code, "isKiz": kiz} for code, kiz in subject.tnved if code.startswith(search)])


# --- handlers: limits, barcodes --------------------------------------------------------------------------
@handler("content.limits_for_the_product_cards")
def limits_for_the_product_cards(ctx: Ctx) -> Any:
    free, paid = _store(ctx).limits()
    return envelope({"freeLimits": free, "paidLimits": paid})


@handler("content.generation_of_barcodes")
def generation_of_barcodes(ctx: Ctx) -> Any:
    st = _store(ctx)
    count = _object(ctx).get("count")
    if not isinstance(count, int) or not 1 <= count <= 5000:
        raise ApiError(400, f"count: от 1 до 5000 баркодов за запрос, передано {count!r}")
    return envelope([st.generate_barcode() for _ in range(count)])


# --- handlers: cards -------------------------------------------------------------------------------------
@handler("content.create_product_cards")
def create_product_cards(ctx: Ctx) -> Any:
    st = _store(ctx)
    cards = _array(ctx, "карточку товара", MAX_CARDS_PER_UPLOAD)
    st.enqueue(
        "create", [{"subjectID": c.get("subjectID"), "variants": _variants(c.get("variants"))} for c in cards]
    )
    return envelope(None, {})


@handler("content.create_product_cards_with_merge")
def create_product_cards_with_merge(ctx: Ctx) -> Any:
    st = _store(ctx)
    if len(ctx.body) > MAX_BODY_BYTES:
        raise ApiError(413, "Размер запроса превышает 10 Мб")
    body = _object(ctx)
    imt = body.get("imtID")
    variants = _variants(body.get("cardsToAdd"))
    if not isinstance(imt, int):
        raise ApiError(400, "imtID: укажите карточку товара, в которую добавляются номенклатуры")
    if not variants:
        raise ApiError(400, "cardsToAdd: передайте хотя бы одну номенклатуру")
    st.enqueue("add", variants, imt)
    return envelope(None, {})


@handler("content.update_product_cards")
def update_product_cards(ctx: Ctx) -> Any:
    st = _store(ctx)
    st.enqueue("update", _array(ctx, "карточку товара", 3000))
    return envelope(None, {})


@handler("content.product_cards_list")
def product_cards_list(ctx: Ctx) -> Any:
    st, locale = _store(ctx), _locale(ctx)
    settings = _settings(ctx)
    ascending = _ascending(settings)
    limit, after = _cursor(settings, "updatedAt", ascending)
    match = _card_filter(st, settings.get("filter") or {})
    cards = st.list_page(limit, after, ascending, match)
    return {
        "cards": [card_json(st, c, locale) for c in cards],
        "cursor": _cursor_json(cards, settings, "updatedAt", lambda c: c.updated_us),
    }


@handler("content.product_cards_in_trash_list")
def product_cards_in_trash_list(ctx: Ctx) -> Any:
    st, locale = _store(ctx), _locale(ctx)
    settings = _settings(ctx)
    ascending = _ascending(settings)
    limit, after = _cursor(settings, "trashedAt", ascending)
    text = str((settings.get("filter") or {}).get("textSearch") or "").strip()
    cards = st.trash_page(limit, after, ascending, _text_match(text, everywhere=False) if text else None)
    return {
        "cards": [trash_card_json(st, c, locale) for c in cards],
        "cursor": _cursor_json(cards, settings, "trashedAt", lambda c: c.trashed_us or 0),
    }


ERRORS_LIMIT = 100  # cursor.limit when the request gives none, and its maximum


@handler("content.list_of_failed_product_cards_with_errors_post")
def list_of_failed_product_cards_with_errors_post(ctx: Ctx) -> Any:
    """WB's current list (cards-error-list-batches): {cursor: {limit, updatedAt, batchUUID},
    order: {ascending}} -> data {items: batches, cursor: {updatedAt, batchUUID, next}}; the next
    page starts strictly after the cursor's (updatedAt, batchUUID) in the order asked."""
    st, locale = _store(ctx), _locale(ctx)
    body = _object(ctx)
    cursor, order = body.get("cursor") or {}, body.get("order") or {}
    if not isinstance(cursor, dict) or not isinstance(order, dict):
        raise ApiError(400, "cursor и order: ожидаются объекты")
    limit = cursor.get("limit", ERRORS_LIMIT)
    if not isinstance(limit, int) or not 1 <= limit <= ERRORS_LIMIT:
        raise ApiError(400, f"cursor.limit: от 1 до {ERRORS_LIMIT}, передано {limit!r}")
    ascending = order.get("ascending", True) is not False
    after: tuple[int, str] | None = None
    if cursor.get("updatedAt"):
        try:
            at = parse_us(str(cursor["updatedAt"]))
        except ValueError as e:
            raise ApiError(400, f"cursor.updatedAt: invalid time {cursor['updatedAt']!r}") from e
        # updatedAt alone: strictly after every batch of that time
        uid = str(cursor.get("batchUUID") or ("\uffff" if ascending else ""))
        after = (at, uid)
    batches, more = st.batch_page(limit, after, ascending)
    if batches:
        last = batches[-1]
        position = {"updatedAt": iso_us(last.at_us), "batchUUID": last.uuid}
    else:  # an empty page echoes the request's position
        position = {k: str(cursor[k]) for k in ("updatedAt", "batchUUID") if cursor.get(k)}
    return envelope(
        {"items": [_batch_json(st, b, locale) for b in batches], "cursor": {**position, "next": more}}
    )


def _batch_json(st: ContentStore, batch: Batch, locale: str) -> dict[str, Any]:
    """A batch as WB lists it: errors, subjects and brands keyed by vendorCode."""
    errors: dict[str, list[str]] = {}
    subjects: dict[str, dict[str, Any]] = {}
    brands: dict[str, dict[str, Any]] = {}
    for f in batch.cards.values():
        errors.setdefault(f.vendor_code, []).extend(f.errors)
        subjects[f.vendor_code] = {"id": f.subject_id, "name": _subject_name(st, f.subject_id, locale)}
        if f.brand:
            brands[f.vendor_code] = {"name": f.brand}
    return {
        "batchUUID": batch.uuid,
        "updatedAt": iso_us(batch.at_us),
        "vendorCodes": list(errors),
        "errors": errors,
        "subjects": subjects,
        "brands": brands,
    }


@handler("content.merging_or_separating_of_product_cards")
def merging_or_separating_of_product_cards(ctx: Ctx) -> Any:
    st = _store(ctx)
    if len(ctx.body) > MAX_BODY_BYTES:
        raise ApiError(413, "Размер запроса превышает 10 Мб")
    body = _object(ctx)
    nm_ids = _nm_ids(body, MAX_VARIANTS)
    missing = [nm for nm in nm_ids if st.listed(nm) is None]
    if missing:
        raise ApiError(400, "Карточки товаров не найдены: " + ", ".join(map(str, missing)))
    cards = [st._cards[nm] for nm in nm_ids]
    target = body.get("targetIMT")
    if target is None:  # separate: all of them together into one new card
        _same_subject(cards)
        imt = st._new_imt()
    else:
        members = [st._cards[nm] for nm in st._imts.get(target, ()) if not st._cards[nm].in_trash]
        if not members:
            raise ApiError(400, imt_not_found(target))
        _same_subject([members[0], *cards])
        if len({c.nm_id for c in members} | set(nm_ids)) > MAX_VARIANTS:
            raise ApiError(400, TOO_MANY_VARIANTS)
        imt = int(target)
    for card in cards:
        if card.imt_id != imt:
            st.move([card.nm_id], imt)
            st.touch(card)
    return envelope(None, {})


def _same_subject(cards: list[Card]) -> None:
    if len({c.subject_id for c in cards}) > 1:
        raise ApiError(400, "Объединять можно только карточки товаров с одинаковым предметом")


@handler("content.transfer_product_card_to_trash")
def transfer_product_card_to_trash(ctx: Ctx) -> Any:
    st = _store(ctx)
    nm_ids = _nm_ids(_object(ctx), 1000)
    missing = [nm for nm in nm_ids if nm not in st._cards]
    if missing:
        raise ApiError(400, "Карточки товаров не найдены: " + ", ".join(map(str, missing)))
    for nm in nm_ids:
        card = st._cards[nm]
        if not card.in_trash:  # already there: a repeated request changes nothing
            st.to_trash(card)
    return envelope(None, {})


@handler("content.recover_product_card_from_trash")
def recover_product_card_from_trash(ctx: Ctx) -> Any:
    st = _store(ctx)
    nm_ids = _nm_ids(_object(ctx), 1000)
    missing = [nm for nm in nm_ids if nm not in st._cards]
    if missing:
        raise ApiError(400, "Карточки товаров не найдены в корзине: " + ", ".join(map(str, missing)))
    for nm in nm_ids:
        card = st._cards[nm]
        if card.in_trash:
            st.recover(card)
    return envelope(None, {})


# --- handlers: media ------------------------------------------------------------------------------------
def _media_kind(link: str) -> str | None:
    """'image' or 'video' by the link's extension (a link without one is taken as an image)."""
    if not re.match(r"https?://[^/\s]+", link):
        return None
    path = link.split("?", 1)[0].split("#", 1)[0].lower()
    last = path.rsplit("/", 1)[-1]
    if "." not in last:
        return "image"
    if last.endswith(IMAGE_EXTENSIONS):
        return "image"
    return "video" if last.endswith(VIDEO_EXTENSIONS) else None


@handler("content.upload_media_files_via_links")
def upload_media_files_via_links(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _object(ctx)
    card = st.listed(body.get("nmId"))
    if card is None:
        raise ApiError(400, nm_not_found(body.get("nmId")))
    links = [str(x) for x in body.get("data") or []]
    if not links:
        raise ApiError(400, "data: передайте ссылки на медиафайлы")
    kinds = [_media_kind(link) for link in links]
    images = [link for link, kind in zip(links, kinds, strict=True) if kind == "image"]
    videos = [link for link, kind in zip(links, kinds, strict=True) if kind == "video"]
    # "if one or several files do not meet the requirements, nothing is uploaded" — still a 200
    if None in kinds or len(images) > MAX_IMAGES or len(videos) > 1:
        return envelope({})
    card.photos = images
    card.video = videos[0] if videos else ""
    st.touch(card)
    return envelope({})


@handler("content.upload_media_file")
def upload_media_file(ctx: Ctx) -> Any:
    st = _store(ctx)
    raw_nm = ctx.headers.get("x-nm-id", "")
    card = st.listed(int(raw_nm)) if raw_nm.strip().isdigit() else None
    if card is None:
        raise ApiError(400, nm_not_found(raw_nm))
    raw_number = ctx.headers.get("x-photo-number", "").strip()
    if not raw_number.isdigit() or int(raw_number) < 1:
        raise ApiError(400, "X-Photo-Number: номер медиафайла, начиная с 1")
    number = int(raw_number)
    content_type = ctx.headers.get("content-type", "")
    if "boundary=" not in content_type:
        raise ApiError(400, "Ожидается multipart/form-data с файлом в поле uploadfile")
    part = next((p for p in parse_multipart(ctx.body, content_type) if p.name == "uploadfile"), None)
    if part is None or not part.data:
        raise ApiError(400, "Не передан файл: поле uploadfile обязательно")
    kind = _sniff(part.data)
    if kind is None:
        raise ApiError(400, "Неподдерживаемый формат файла: допустимы JPG, PNG, BMP, GIF, WebP, MOV, MP4")
    source = f"file:{part.filename or 'upload'}"
    if kind == "video":
        if len(part.data) > MAX_VIDEO_BYTES:
            raise ApiError(400, "Размер видео не должен превышать 50 Мб")
        card.video = source
    else:
        _check_image(part.data)
        if number <= len(card.photos):
            card.photos[number - 1] = source
        elif len(card.photos) >= MAX_IMAGES:
            raise ApiError(400, f"У карточки товара может быть не более {MAX_IMAGES} изображений")
        else:
            card.photos.append(source)
    st.touch(card)
    return envelope({})


def _check_image(data: bytes) -> None:
    if len(data) > MAX_IMAGE_BYTES:
        raise ApiError(400, "Размер изображения не должен превышать 32 Мб")
    size = _image_size(data)
    if size is not None and (size[0] < MIN_WIDTH or size[1] < MIN_HEIGHT):
        raise ApiError(
            400, f"Разрешение изображения {size[0]}×{size[1]}: нужно не меньше {MIN_WIDTH}×{MIN_HEIGHT}"
        )


# --- handlers: tags --------------------------------------------------------------------------------------
def _tag(st: ContentStore, ctx: Ctx) -> Tag:
    raw = ctx.path_params.get("id", "")
    tag = st._tags.get(int(raw)) if raw.isdigit() else None
    if tag is None:
        raise ApiError(400, f"Тег с ID {raw} не найден")
    return tag


def _tag_fields(st: ContentStore, body: dict[str, Any], own: int = 0) -> tuple[str | None, str | None]:
    name, color = body.get("name"), body.get("color")
    if name is not None:
        name = str(name).strip()
        if not name or len(name) > MAX_TAG_NAME:
            raise ApiError(400, f"Имя тега должно содержать от 1 до {MAX_TAG_NAME} символов")
        if any(t.name.casefold() == name.casefold() and t.id != own for t in st._tags.values()):
            raise ApiError(400, f"Тег с именем {name} уже существует")
    if color is not None and color not in TAG_COLORS:
        raise ApiError(400, f"Недопустимый цвет тега {color}: допустимы {', '.join(TAG_COLORS)}")
    return name, color


@handler("content.tags_list")
def tags_list(ctx: Ctx) -> Any:
    return envelope([_tag_json(t) for t in _store(ctx)._tags.values()])


@handler("content.create_a_tag")
def create_a_tag(ctx: Ctx) -> Any:
    st = _store(ctx)
    name, color = _tag_fields(st, _object(ctx))
    if not name or not color:
        raise ApiError(400, "Укажите имя (name) и цвет (color) тега")
    if len(st._tags) >= MAX_TAGS:
        raise ApiError(400, f"Превышен лимит тегов: можно создать не более {MAX_TAGS}")
    st.add_tag(name, color)
    return envelope()


@handler("content.update_the_tag")
def update_the_tag(ctx: Ctx) -> Any:
    st = _store(ctx)
    tag = _tag(st, ctx)
    name, color = _tag_fields(st, _object(ctx), tag.id)
    tag.name = name or tag.name
    tag.color = color or tag.color
    return envelope()


@handler("content.delete_the_tag")
def delete_the_tag(ctx: Ctx) -> Any:
    st = _store(ctx)
    tag = _tag(st, ctx)
    del st._tags[tag.id]
    for card in st._cards.values():  # rare: a scan is fine
        if tag.id in card.tag_ids:
            card.tag_ids.remove(tag.id)
    return envelope()


@handler("content.tag_management_in_the_product_card")
def tag_management_in_the_product_card(ctx: Ctx) -> Any:
    st = _store(ctx)
    body = _object(ctx)
    card = st.listed(body.get("nmID"))
    if card is None:
        raise ApiError(400, nm_not_found(body.get("nmID")))
    raw = body.get("tagsIDs") or []
    if not isinstance(raw, list) or not all(isinstance(t, int) for t in raw):
        raise ApiError(400, "tagsIDs: массив числовых ID тегов")
    tag_ids = list(dict.fromkeys(raw))
    if len(tag_ids) > MAX_TAGS:
        raise ApiError(400, f"К карточке товара можно добавить не более {MAX_TAGS} тегов")
    unknown = [t for t in tag_ids if t not in st._tags]
    if unknown:
        raise ApiError(400, "Теги не найдены: " + ", ".join(map(str, unknown)))
    card.tag_ids = tag_ids  # the complete new set, as the docs say
    st.touch(card)
    return envelope()
