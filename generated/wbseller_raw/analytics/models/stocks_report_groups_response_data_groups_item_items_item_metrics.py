from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_avg_orders_by_month_item import (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem,
    )
    from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_avg_stock_turnover import (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgStockTurnover,
    )
    from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_current_price import (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsCurrentPrice,
    )
    from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_office_missing_time import (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsOfficeMissingTime,
    )
    from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_sale_rate import (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsSaleRate,
    )


T = TypeVar("T", bound="StocksReportGroupsResponseDataGroupsItemItemsItemMetrics")


@_attrs_define
class StocksReportGroupsResponseDataGroupsItemItemsItemMetrics:
    """
    Attributes:
        orders_count (int | Unset):  Example: 100.
        orders_sum (int | Unset):  Example: 100000.
        avg_orders (float | Unset):  Example: 200.
        avg_orders_by_month (list[StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem] |
            Unset):
        buyout_count (int | Unset):  Example: 150.
        buyout_sum (int | Unset):  Example: 150000.
        buyout_percent (int | Unset):  Example: 5.
        stock_count (int | Unset):  Example: 50.
        stock_sum (int | Unset):  Example: 50000.
        sale_rate (StocksReportGroupsResponseDataGroupsItemItemsItemMetricsSaleRate | Unset):
        avg_stock_turnover (StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgStockTurnover | Unset):
        to_client_count (int | Unset):  Example: 20.
        from_client_count (int | Unset):  Example: 30.
        office_missing_time (StocksReportGroupsResponseDataGroupsItemItemsItemMetricsOfficeMissingTime | Unset):
        lost_orders_count (float | Unset):  Example: 1550.52.
        lost_orders_sum (float | Unset):  Example: 155000.25.
        lost_buyouts_count (float | Unset):  Example: 123.55.
        lost_buyouts_sum (float | Unset):  Example: 225555.15.
        current_price (StocksReportGroupsResponseDataGroupsItemItemsItemMetricsCurrentPrice | Unset):
        availability (str | Unset):  Example: deficient.
    """

    orders_count: int | Unset = UNSET
    orders_sum: int | Unset = UNSET
    avg_orders: float | Unset = UNSET
    avg_orders_by_month: (
        list[
            StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem
        ]
        | Unset
    ) = UNSET
    buyout_count: int | Unset = UNSET
    buyout_sum: int | Unset = UNSET
    buyout_percent: int | Unset = UNSET
    stock_count: int | Unset = UNSET
    stock_sum: int | Unset = UNSET
    sale_rate: (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsSaleRate | Unset
    ) = UNSET
    avg_stock_turnover: (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgStockTurnover | Unset
    ) = UNSET
    to_client_count: int | Unset = UNSET
    from_client_count: int | Unset = UNSET
    office_missing_time: (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsOfficeMissingTime
        | Unset
    ) = UNSET
    lost_orders_count: float | Unset = UNSET
    lost_orders_sum: float | Unset = UNSET
    lost_buyouts_count: float | Unset = UNSET
    lost_buyouts_sum: float | Unset = UNSET
    current_price: (
        StocksReportGroupsResponseDataGroupsItemItemsItemMetricsCurrentPrice | Unset
    ) = UNSET
    availability: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        orders_count = self.orders_count

        orders_sum = self.orders_sum

        avg_orders = self.avg_orders

        avg_orders_by_month: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.avg_orders_by_month, Unset):
            avg_orders_by_month = []
            for avg_orders_by_month_item_data in self.avg_orders_by_month:
                avg_orders_by_month_item = avg_orders_by_month_item_data.to_dict()
                avg_orders_by_month.append(avg_orders_by_month_item)

        buyout_count = self.buyout_count

        buyout_sum = self.buyout_sum

        buyout_percent = self.buyout_percent

        stock_count = self.stock_count

        stock_sum = self.stock_sum

        sale_rate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sale_rate, Unset):
            sale_rate = self.sale_rate.to_dict()

        avg_stock_turnover: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avg_stock_turnover, Unset):
            avg_stock_turnover = self.avg_stock_turnover.to_dict()

        to_client_count = self.to_client_count

        from_client_count = self.from_client_count

        office_missing_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.office_missing_time, Unset):
            office_missing_time = self.office_missing_time.to_dict()

        lost_orders_count = self.lost_orders_count

        lost_orders_sum = self.lost_orders_sum

        lost_buyouts_count = self.lost_buyouts_count

        lost_buyouts_sum = self.lost_buyouts_sum

        current_price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_price, Unset):
            current_price = self.current_price.to_dict()

        availability = self.availability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if orders_count is not UNSET:
            field_dict["ordersCount"] = orders_count
        if orders_sum is not UNSET:
            field_dict["ordersSum"] = orders_sum
        if avg_orders is not UNSET:
            field_dict["avgOrders"] = avg_orders
        if avg_orders_by_month is not UNSET:
            field_dict["avgOrdersByMonth"] = avg_orders_by_month
        if buyout_count is not UNSET:
            field_dict["buyoutCount"] = buyout_count
        if buyout_sum is not UNSET:
            field_dict["buyoutSum"] = buyout_sum
        if buyout_percent is not UNSET:
            field_dict["buyoutPercent"] = buyout_percent
        if stock_count is not UNSET:
            field_dict["stockCount"] = stock_count
        if stock_sum is not UNSET:
            field_dict["stockSum"] = stock_sum
        if sale_rate is not UNSET:
            field_dict["saleRate"] = sale_rate
        if avg_stock_turnover is not UNSET:
            field_dict["avgStockTurnover"] = avg_stock_turnover
        if to_client_count is not UNSET:
            field_dict["toClientCount"] = to_client_count
        if from_client_count is not UNSET:
            field_dict["fromClientCount"] = from_client_count
        if office_missing_time is not UNSET:
            field_dict["officeMissingTime"] = office_missing_time
        if lost_orders_count is not UNSET:
            field_dict["lostOrdersCount"] = lost_orders_count
        if lost_orders_sum is not UNSET:
            field_dict["lostOrdersSum"] = lost_orders_sum
        if lost_buyouts_count is not UNSET:
            field_dict["lostBuyoutsCount"] = lost_buyouts_count
        if lost_buyouts_sum is not UNSET:
            field_dict["lostBuyoutsSum"] = lost_buyouts_sum
        if current_price is not UNSET:
            field_dict["currentPrice"] = current_price
        if availability is not UNSET:
            field_dict["availability"] = availability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:

        d = dict(src_dict)
        orders_count = d.pop("ordersCount", UNSET)

        orders_sum = d.pop("ordersSum", UNSET)

        avg_orders = d.pop("avgOrders", UNSET)

        _avg_orders_by_month = d.pop("avgOrdersByMonth", UNSET)
        avg_orders_by_month: (
            list[
                StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem
            ]
            | Unset
        ) = UNSET
        if _avg_orders_by_month is not UNSET:
            avg_orders_by_month = []
            for avg_orders_by_month_item_data in _avg_orders_by_month:
                avg_orders_by_month_item = StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem.from_dict(
                    avg_orders_by_month_item_data
                )

                avg_orders_by_month.append(avg_orders_by_month_item)

        buyout_count = d.pop("buyoutCount", UNSET)

        buyout_sum = d.pop("buyoutSum", UNSET)

        buyout_percent = d.pop("buyoutPercent", UNSET)

        stock_count = d.pop("stockCount", UNSET)

        stock_sum = d.pop("stockSum", UNSET)

        _sale_rate = d.pop("saleRate", UNSET)
        sale_rate: (
            StocksReportGroupsResponseDataGroupsItemItemsItemMetricsSaleRate | Unset
        )
        if isinstance(_sale_rate, Unset):
            sale_rate = UNSET
        else:
            sale_rate = StocksReportGroupsResponseDataGroupsItemItemsItemMetricsSaleRate.from_dict(
                _sale_rate
            )

        _avg_stock_turnover = d.pop("avgStockTurnover", UNSET)
        avg_stock_turnover: (
            StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgStockTurnover
            | Unset
        )
        if isinstance(_avg_stock_turnover, Unset):
            avg_stock_turnover = UNSET
        else:
            avg_stock_turnover = StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgStockTurnover.from_dict(
                _avg_stock_turnover
            )

        to_client_count = d.pop("toClientCount", UNSET)

        from_client_count = d.pop("fromClientCount", UNSET)

        _office_missing_time = d.pop("officeMissingTime", UNSET)
        office_missing_time: (
            StocksReportGroupsResponseDataGroupsItemItemsItemMetricsOfficeMissingTime
            | Unset
        )
        if isinstance(_office_missing_time, Unset):
            office_missing_time = UNSET
        else:
            office_missing_time = StocksReportGroupsResponseDataGroupsItemItemsItemMetricsOfficeMissingTime.from_dict(
                _office_missing_time
            )

        lost_orders_count = d.pop("lostOrdersCount", UNSET)

        lost_orders_sum = d.pop("lostOrdersSum", UNSET)

        lost_buyouts_count = d.pop("lostBuyoutsCount", UNSET)

        lost_buyouts_sum = d.pop("lostBuyoutsSum", UNSET)

        _current_price = d.pop("currentPrice", UNSET)
        current_price: (
            StocksReportGroupsResponseDataGroupsItemItemsItemMetricsCurrentPrice | Unset
        )
        if isinstance(_current_price, Unset):
            current_price = UNSET
        else:
            current_price = StocksReportGroupsResponseDataGroupsItemItemsItemMetricsCurrentPrice.from_dict(
                _current_price
            )

        availability = d.pop("availability", UNSET)

        stocks_report_groups_response_data_groups_item_items_item_metrics = cls(
            orders_count=orders_count,
            orders_sum=orders_sum,
            avg_orders=avg_orders,
            avg_orders_by_month=avg_orders_by_month,
            buyout_count=buyout_count,
            buyout_sum=buyout_sum,
            buyout_percent=buyout_percent,
            stock_count=stock_count,
            stock_sum=stock_sum,
            sale_rate=sale_rate,
            avg_stock_turnover=avg_stock_turnover,
            to_client_count=to_client_count,
            from_client_count=from_client_count,
            office_missing_time=office_missing_time,
            lost_orders_count=lost_orders_count,
            lost_orders_sum=lost_orders_sum,
            lost_buyouts_count=lost_buyouts_count,
            lost_buyouts_sum=lost_buyouts_sum,
            current_price=current_price,
            availability=availability,
        )

        stocks_report_groups_response_data_groups_item_items_item_metrics.additional_properties = d
        return stocks_report_groups_response_data_groups_item_items_item_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

# Bound once here by scripts/generate.py, not imported inside to_dict/from_dict on every
# call (a relative import costs microseconds, five per product card): by now this module's
# class exists, so models that refer to each other still import fine.
from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_avg_orders_by_month_item import StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgOrdersByMonthItem
from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_avg_stock_turnover import StocksReportGroupsResponseDataGroupsItemItemsItemMetricsAvgStockTurnover
from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_current_price import StocksReportGroupsResponseDataGroupsItemItemsItemMetricsCurrentPrice
from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_office_missing_time import StocksReportGroupsResponseDataGroupsItemItemsItemMetricsOfficeMissingTime
from ..models.stocks_report_groups_response_data_groups_item_items_item_metrics_sale_rate import StocksReportGroupsResponseDataGroupsItemItemsItemMetricsSaleRate
