from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesReportDetailedItem")


@_attrs_define
class SalesReportDetailedItem:
    """
    Attributes:
        report_id (int | Unset):  Example: 1234567.
        date_from (str | Unset):  Example: 2026-03-16.
        date_to (str | Unset):  Example: 2026-03-22.
        create_date (str | Unset):  Example: 2026-03-23.
        currency (str | Unset):  Example: RUB.
        report_type (int | Unset):  Example: 1.
        rrd_id (int | Unset):  Example: 1232610467.
        gi_id (int | Unset):  Example: 123456.
        dlv_prc (float | Unset):  Example: 1.8.
        fix_tariff_date_from (str | Unset):  Example: 2026-03-18.
        fix_tariff_date_to (str | Unset):  Example: 2026-03-19.
        subject_name (str | Unset):
        nm_id (int | Unset):  Example: 1234567.
        brand_name (str | Unset):  Example: BlahBlah.
        vendor_code (str | Unset):  Example: MAB123.
        title (str | Unset):
        tech_size (str | Unset):  Example: 0.
        sku (str | Unset):  Example: 1231312352310.
        doc_type_name (str | Unset):
        quantity (int | Unset):  Example: 1.
        retail_price (str | Unset):  Example: 1249.
        retail_amount (str | Unset):  Example: 367.
        sale_percent (int | Unset):  Example: 0.
        commission_percent (float | Unset):  Example: 24.
        office_name (str | Unset):
        seller_oper_name (str | Unset):
        order_dt (str | Unset):  Example: 2026-03-14T00:00:00Z.
        sale_dt (str | Unset):  Example: 2026-03-21T00:00:00Z.
        rr_date (str | Unset):  Example: 2025-10-20.
        shk_id (int | Unset):  Example: 1239159661.
        retail_price_with_disc (str | Unset):  Example: 399.68.
        delivery_amount (int | Unset):  Example: 0.
        return_amount (int | Unset):  Example: 0.
        delivery_service (str | Unset):  Example: 0.
        gi_box_type_name (str | Unset):
        product_discount_for_report (float | Unset):  Example: 0.
        seller_promo (str | Unset):  Example: 0.
        spp (float | Unset):  Example: 25.31.
        kvw_base (float | Unset):  Example: 24.15.
        kvw (float | Unset):  Example: 1.81.
        sup_rating_up (float | Unset):
        is_kgvp_v2 (float | Unset):
        ppvz_sales_commission (str | Unset):  Example: 23.74.
        for_pay (str | Unset):  Example: 376.99.
        ppvz_reward (str | Unset):  Example: 0.
        acquiring_fee (str | Unset):  Example: 14.89.
        acquiring_percent (float | Unset):  Example: 4.06.
        payment_processing (str | Unset):
        acquiring_bank (str | Unset):
        vw (str | Unset):  Example: 22.25.
        vw_nds (str | Unset):  Example: 4.45.
        ppvz_office_name (str | Unset):
        ppvz_office_id (int | Unset):  Example: 105383.
        ppvz_supplier_name (str | Unset):
        ppvz_supplier_inn (str | Unset):  Example: 010101010101.
        declaration_number (str | Unset):
        bonus_type_name (str | Unset):
        sticker_id (str | Unset):  Example: 1964038895.
        country (str | Unset):
        srv_dbs (bool | Unset):  Example: True.
        penalty (str | Unset):  Example: 231.35.
        additional_payment (str | Unset):  Example: 0.
        rebill_logistic_cost (str | Unset):  Example: 1.349.
        rebill_logistic_org (str | Unset):
        paid_storage (str | Unset):  Example: 12647.29.
        deduction (str | Unset):  Example: 6354.
        paid_acceptance (str | Unset):  Example: 865.
        order_id (int | Unset):  Example: 2816993144.
        kiz (str | Unset):
        is_b2_b (bool | Unset):  Example: False.
        trbx_id (str | Unset):  Example: WB-TRBX-1234567.
        installment_cofinancing_amount (str | Unset):  Example: 0.
        wibes_discount_percent (float | Unset):  Example: 1.
        cashback_amount (str | Unset):  Example: 2.
        cashback_discount (str | Unset):  Example: 19.
        cashback_commission_change (str | Unset):  Example: 0.2.
        payment_schedule (str | Unset):  Example: -1.
        delivery_method (str | Unset):
        seller_promo_id (int | Unset):  Example: 14350.
        seller_promo_discount (float | Unset):  Example: 3.
        loyalty_id (int | Unset):  Example: 0.
        loyalty_discount (float | Unset):  Example: 0.
        uuid_promocode (str | Unset):
        sale_price_promocode_discount_prc (float | Unset):  Example: 0.
        article_substitution (str | Unset):
        sale_price_affiliated_discount_prc (float | Unset):  Example: 0.
        agency_vat (float | Unset):  Example: 0.
        sale_price_wholesale_discount_prc (float | Unset):  Example: 0.
        b_2_b_customer_tin (str | Unset):  Example: 010101010101.
        order_uid (str | Unset):  Example: id375f16c4bec295d9995393af803ff7b.
        srid (str | Unset):  Example: 0f1c3999172603062979867564654dac5b702849.
    """

    report_id: int | Unset = UNSET
    date_from: str | Unset = UNSET
    date_to: str | Unset = UNSET
    create_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    report_type: int | Unset = UNSET
    rrd_id: int | Unset = UNSET
    gi_id: int | Unset = UNSET
    dlv_prc: float | Unset = UNSET
    fix_tariff_date_from: str | Unset = UNSET
    fix_tariff_date_to: str | Unset = UNSET
    subject_name: str | Unset = UNSET
    nm_id: int | Unset = UNSET
    brand_name: str | Unset = UNSET
    vendor_code: str | Unset = UNSET
    title: str | Unset = UNSET
    tech_size: str | Unset = UNSET
    sku: str | Unset = UNSET
    doc_type_name: str | Unset = UNSET
    quantity: int | Unset = UNSET
    retail_price: str | Unset = UNSET
    retail_amount: str | Unset = UNSET
    sale_percent: int | Unset = UNSET
    commission_percent: float | Unset = UNSET
    office_name: str | Unset = UNSET
    seller_oper_name: str | Unset = UNSET
    order_dt: str | Unset = UNSET
    sale_dt: str | Unset = UNSET
    rr_date: str | Unset = UNSET
    shk_id: int | Unset = UNSET
    retail_price_with_disc: str | Unset = UNSET
    delivery_amount: int | Unset = UNSET
    return_amount: int | Unset = UNSET
    delivery_service: str | Unset = UNSET
    gi_box_type_name: str | Unset = UNSET
    product_discount_for_report: float | Unset = UNSET
    seller_promo: str | Unset = UNSET
    spp: float | Unset = UNSET
    kvw_base: float | Unset = UNSET
    kvw: float | Unset = UNSET
    sup_rating_up: float | Unset = UNSET
    is_kgvp_v2: float | Unset = UNSET
    ppvz_sales_commission: str | Unset = UNSET
    for_pay: str | Unset = UNSET
    ppvz_reward: str | Unset = UNSET
    acquiring_fee: str | Unset = UNSET
    acquiring_percent: float | Unset = UNSET
    payment_processing: str | Unset = UNSET
    acquiring_bank: str | Unset = UNSET
    vw: str | Unset = UNSET
    vw_nds: str | Unset = UNSET
    ppvz_office_name: str | Unset = UNSET
    ppvz_office_id: int | Unset = UNSET
    ppvz_supplier_name: str | Unset = UNSET
    ppvz_supplier_inn: str | Unset = UNSET
    declaration_number: str | Unset = UNSET
    bonus_type_name: str | Unset = UNSET
    sticker_id: str | Unset = UNSET
    country: str | Unset = UNSET
    srv_dbs: bool | Unset = UNSET
    penalty: str | Unset = UNSET
    additional_payment: str | Unset = UNSET
    rebill_logistic_cost: str | Unset = UNSET
    rebill_logistic_org: str | Unset = UNSET
    paid_storage: str | Unset = UNSET
    deduction: str | Unset = UNSET
    paid_acceptance: str | Unset = UNSET
    order_id: int | Unset = UNSET
    kiz: str | Unset = UNSET
    is_b2_b: bool | Unset = UNSET
    trbx_id: str | Unset = UNSET
    installment_cofinancing_amount: str | Unset = UNSET
    wibes_discount_percent: float | Unset = UNSET
    cashback_amount: str | Unset = UNSET
    cashback_discount: str | Unset = UNSET
    cashback_commission_change: str | Unset = UNSET
    payment_schedule: str | Unset = UNSET
    delivery_method: str | Unset = UNSET
    seller_promo_id: int | Unset = UNSET
    seller_promo_discount: float | Unset = UNSET
    loyalty_id: int | Unset = UNSET
    loyalty_discount: float | Unset = UNSET
    uuid_promocode: str | Unset = UNSET
    sale_price_promocode_discount_prc: float | Unset = UNSET
    article_substitution: str | Unset = UNSET
    sale_price_affiliated_discount_prc: float | Unset = UNSET
    agency_vat: float | Unset = UNSET
    sale_price_wholesale_discount_prc: float | Unset = UNSET
    b_2_b_customer_tin: str | Unset = UNSET
    order_uid: str | Unset = UNSET
    srid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        date_from = self.date_from

        date_to = self.date_to

        create_date = self.create_date

        currency = self.currency

        report_type = self.report_type

        rrd_id = self.rrd_id

        gi_id = self.gi_id

        dlv_prc = self.dlv_prc

        fix_tariff_date_from = self.fix_tariff_date_from

        fix_tariff_date_to = self.fix_tariff_date_to

        subject_name = self.subject_name

        nm_id = self.nm_id

        brand_name = self.brand_name

        vendor_code = self.vendor_code

        title = self.title

        tech_size = self.tech_size

        sku = self.sku

        doc_type_name = self.doc_type_name

        quantity = self.quantity

        retail_price = self.retail_price

        retail_amount = self.retail_amount

        sale_percent = self.sale_percent

        commission_percent = self.commission_percent

        office_name = self.office_name

        seller_oper_name = self.seller_oper_name

        order_dt = self.order_dt

        sale_dt = self.sale_dt

        rr_date = self.rr_date

        shk_id = self.shk_id

        retail_price_with_disc = self.retail_price_with_disc

        delivery_amount = self.delivery_amount

        return_amount = self.return_amount

        delivery_service = self.delivery_service

        gi_box_type_name = self.gi_box_type_name

        product_discount_for_report = self.product_discount_for_report

        seller_promo = self.seller_promo

        spp = self.spp

        kvw_base = self.kvw_base

        kvw = self.kvw

        sup_rating_up = self.sup_rating_up

        is_kgvp_v2 = self.is_kgvp_v2

        ppvz_sales_commission = self.ppvz_sales_commission

        for_pay = self.for_pay

        ppvz_reward = self.ppvz_reward

        acquiring_fee = self.acquiring_fee

        acquiring_percent = self.acquiring_percent

        payment_processing = self.payment_processing

        acquiring_bank = self.acquiring_bank

        vw = self.vw

        vw_nds = self.vw_nds

        ppvz_office_name = self.ppvz_office_name

        ppvz_office_id = self.ppvz_office_id

        ppvz_supplier_name = self.ppvz_supplier_name

        ppvz_supplier_inn = self.ppvz_supplier_inn

        declaration_number = self.declaration_number

        bonus_type_name = self.bonus_type_name

        sticker_id = self.sticker_id

        country = self.country

        srv_dbs = self.srv_dbs

        penalty = self.penalty

        additional_payment = self.additional_payment

        rebill_logistic_cost = self.rebill_logistic_cost

        rebill_logistic_org = self.rebill_logistic_org

        paid_storage = self.paid_storage

        deduction = self.deduction

        paid_acceptance = self.paid_acceptance

        order_id = self.order_id

        kiz = self.kiz

        is_b2_b = self.is_b2_b

        trbx_id = self.trbx_id

        installment_cofinancing_amount = self.installment_cofinancing_amount

        wibes_discount_percent = self.wibes_discount_percent

        cashback_amount = self.cashback_amount

        cashback_discount = self.cashback_discount

        cashback_commission_change = self.cashback_commission_change

        payment_schedule = self.payment_schedule

        delivery_method = self.delivery_method

        seller_promo_id = self.seller_promo_id

        seller_promo_discount = self.seller_promo_discount

        loyalty_id = self.loyalty_id

        loyalty_discount = self.loyalty_discount

        uuid_promocode = self.uuid_promocode

        sale_price_promocode_discount_prc = self.sale_price_promocode_discount_prc

        article_substitution = self.article_substitution

        sale_price_affiliated_discount_prc = self.sale_price_affiliated_discount_prc

        agency_vat = self.agency_vat

        sale_price_wholesale_discount_prc = self.sale_price_wholesale_discount_prc

        b_2_b_customer_tin = self.b_2_b_customer_tin

        order_uid = self.order_uid

        srid = self.srid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if report_id is not UNSET:
            field_dict["reportId"] = report_id
        if date_from is not UNSET:
            field_dict["dateFrom"] = date_from
        if date_to is not UNSET:
            field_dict["dateTo"] = date_to
        if create_date is not UNSET:
            field_dict["createDate"] = create_date
        if currency is not UNSET:
            field_dict["currency"] = currency
        if report_type is not UNSET:
            field_dict["reportType"] = report_type
        if rrd_id is not UNSET:
            field_dict["rrdId"] = rrd_id
        if gi_id is not UNSET:
            field_dict["giId"] = gi_id
        if dlv_prc is not UNSET:
            field_dict["dlvPrc"] = dlv_prc
        if fix_tariff_date_from is not UNSET:
            field_dict["fixTariffDateFrom"] = fix_tariff_date_from
        if fix_tariff_date_to is not UNSET:
            field_dict["fixTariffDateTo"] = fix_tariff_date_to
        if subject_name is not UNSET:
            field_dict["subjectName"] = subject_name
        if nm_id is not UNSET:
            field_dict["nmId"] = nm_id
        if brand_name is not UNSET:
            field_dict["brandName"] = brand_name
        if vendor_code is not UNSET:
            field_dict["vendorCode"] = vendor_code
        if title is not UNSET:
            field_dict["title"] = title
        if tech_size is not UNSET:
            field_dict["techSize"] = tech_size
        if sku is not UNSET:
            field_dict["sku"] = sku
        if doc_type_name is not UNSET:
            field_dict["docTypeName"] = doc_type_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if retail_price is not UNSET:
            field_dict["retailPrice"] = retail_price
        if retail_amount is not UNSET:
            field_dict["retailAmount"] = retail_amount
        if sale_percent is not UNSET:
            field_dict["salePercent"] = sale_percent
        if commission_percent is not UNSET:
            field_dict["commissionPercent"] = commission_percent
        if office_name is not UNSET:
            field_dict["officeName"] = office_name
        if seller_oper_name is not UNSET:
            field_dict["sellerOperName"] = seller_oper_name
        if order_dt is not UNSET:
            field_dict["orderDt"] = order_dt
        if sale_dt is not UNSET:
            field_dict["saleDt"] = sale_dt
        if rr_date is not UNSET:
            field_dict["rrDate"] = rr_date
        if shk_id is not UNSET:
            field_dict["shkId"] = shk_id
        if retail_price_with_disc is not UNSET:
            field_dict["retailPriceWithDisc"] = retail_price_with_disc
        if delivery_amount is not UNSET:
            field_dict["deliveryAmount"] = delivery_amount
        if return_amount is not UNSET:
            field_dict["returnAmount"] = return_amount
        if delivery_service is not UNSET:
            field_dict["deliveryService"] = delivery_service
        if gi_box_type_name is not UNSET:
            field_dict["giBoxTypeName"] = gi_box_type_name
        if product_discount_for_report is not UNSET:
            field_dict["productDiscountForReport"] = product_discount_for_report
        if seller_promo is not UNSET:
            field_dict["sellerPromo"] = seller_promo
        if spp is not UNSET:
            field_dict["spp"] = spp
        if kvw_base is not UNSET:
            field_dict["kvwBase"] = kvw_base
        if kvw is not UNSET:
            field_dict["kvw"] = kvw
        if sup_rating_up is not UNSET:
            field_dict["supRatingUp"] = sup_rating_up
        if is_kgvp_v2 is not UNSET:
            field_dict["isKgvpV2"] = is_kgvp_v2
        if ppvz_sales_commission is not UNSET:
            field_dict["ppvzSalesCommission"] = ppvz_sales_commission
        if for_pay is not UNSET:
            field_dict["forPay"] = for_pay
        if ppvz_reward is not UNSET:
            field_dict["ppvzReward"] = ppvz_reward
        if acquiring_fee is not UNSET:
            field_dict["acquiringFee"] = acquiring_fee
        if acquiring_percent is not UNSET:
            field_dict["acquiringPercent"] = acquiring_percent
        if payment_processing is not UNSET:
            field_dict["paymentProcessing"] = payment_processing
        if acquiring_bank is not UNSET:
            field_dict["acquiringBank"] = acquiring_bank
        if vw is not UNSET:
            field_dict["vw"] = vw
        if vw_nds is not UNSET:
            field_dict["vwNds"] = vw_nds
        if ppvz_office_name is not UNSET:
            field_dict["ppvzOfficeName"] = ppvz_office_name
        if ppvz_office_id is not UNSET:
            field_dict["ppvzOfficeId"] = ppvz_office_id
        if ppvz_supplier_name is not UNSET:
            field_dict["ppvzSupplierName"] = ppvz_supplier_name
        if ppvz_supplier_inn is not UNSET:
            field_dict["ppvzSupplierInn"] = ppvz_supplier_inn
        if declaration_number is not UNSET:
            field_dict["declarationNumber"] = declaration_number
        if bonus_type_name is not UNSET:
            field_dict["bonusTypeName"] = bonus_type_name
        if sticker_id is not UNSET:
            field_dict["stickerId"] = sticker_id
        if country is not UNSET:
            field_dict["country"] = country
        if srv_dbs is not UNSET:
            field_dict["srvDbs"] = srv_dbs
        if penalty is not UNSET:
            field_dict["penalty"] = penalty
        if additional_payment is not UNSET:
            field_dict["additionalPayment"] = additional_payment
        if rebill_logistic_cost is not UNSET:
            field_dict["rebillLogisticCost"] = rebill_logistic_cost
        if rebill_logistic_org is not UNSET:
            field_dict["rebillLogisticOrg"] = rebill_logistic_org
        if paid_storage is not UNSET:
            field_dict["paidStorage"] = paid_storage
        if deduction is not UNSET:
            field_dict["deduction"] = deduction
        if paid_acceptance is not UNSET:
            field_dict["paidAcceptance"] = paid_acceptance
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if kiz is not UNSET:
            field_dict["kiz"] = kiz
        if is_b2_b is not UNSET:
            field_dict["isB2b"] = is_b2_b
        if trbx_id is not UNSET:
            field_dict["trbxId"] = trbx_id
        if installment_cofinancing_amount is not UNSET:
            field_dict["installmentCofinancingAmount"] = installment_cofinancing_amount
        if wibes_discount_percent is not UNSET:
            field_dict["wibesDiscountPercent"] = wibes_discount_percent
        if cashback_amount is not UNSET:
            field_dict["cashbackAmount"] = cashback_amount
        if cashback_discount is not UNSET:
            field_dict["cashbackDiscount"] = cashback_discount
        if cashback_commission_change is not UNSET:
            field_dict["cashbackCommissionChange"] = cashback_commission_change
        if payment_schedule is not UNSET:
            field_dict["paymentSchedule"] = payment_schedule
        if delivery_method is not UNSET:
            field_dict["deliveryMethod"] = delivery_method
        if seller_promo_id is not UNSET:
            field_dict["sellerPromoId"] = seller_promo_id
        if seller_promo_discount is not UNSET:
            field_dict["sellerPromoDiscount"] = seller_promo_discount
        if loyalty_id is not UNSET:
            field_dict["loyaltyId"] = loyalty_id
        if loyalty_discount is not UNSET:
            field_dict["loyaltyDiscount"] = loyalty_discount
        if uuid_promocode is not UNSET:
            field_dict["uuidPromocode"] = uuid_promocode
        if sale_price_promocode_discount_prc is not UNSET:
            field_dict["salePricePromocodeDiscountPrc"] = (
                sale_price_promocode_discount_prc
            )
        if article_substitution is not UNSET:
            field_dict["articleSubstitution"] = article_substitution
        if sale_price_affiliated_discount_prc is not UNSET:
            field_dict["salePriceAffiliatedDiscountPrc"] = (
                sale_price_affiliated_discount_prc
            )
        if agency_vat is not UNSET:
            field_dict["agencyVat"] = agency_vat
        if sale_price_wholesale_discount_prc is not UNSET:
            field_dict["salePriceWholesaleDiscountPrc"] = (
                sale_price_wholesale_discount_prc
            )
        if b_2_b_customer_tin is not UNSET:
            field_dict["b2bCustomerTin"] = b_2_b_customer_tin
        if order_uid is not UNSET:
            field_dict["orderUid"] = order_uid
        if srid is not UNSET:
            field_dict["srid"] = srid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        report_id = d.pop("reportId", UNSET)

        date_from = d.pop("dateFrom", UNSET)

        date_to = d.pop("dateTo", UNSET)

        create_date = d.pop("createDate", UNSET)

        currency = d.pop("currency", UNSET)

        report_type = d.pop("reportType", UNSET)

        rrd_id = d.pop("rrdId", UNSET)

        gi_id = d.pop("giId", UNSET)

        dlv_prc = d.pop("dlvPrc", UNSET)

        fix_tariff_date_from = d.pop("fixTariffDateFrom", UNSET)

        fix_tariff_date_to = d.pop("fixTariffDateTo", UNSET)

        subject_name = d.pop("subjectName", UNSET)

        nm_id = d.pop("nmId", UNSET)

        brand_name = d.pop("brandName", UNSET)

        vendor_code = d.pop("vendorCode", UNSET)

        title = d.pop("title", UNSET)

        tech_size = d.pop("techSize", UNSET)

        sku = d.pop("sku", UNSET)

        doc_type_name = d.pop("docTypeName", UNSET)

        quantity = d.pop("quantity", UNSET)

        retail_price = d.pop("retailPrice", UNSET)

        retail_amount = d.pop("retailAmount", UNSET)

        sale_percent = d.pop("salePercent", UNSET)

        commission_percent = d.pop("commissionPercent", UNSET)

        office_name = d.pop("officeName", UNSET)

        seller_oper_name = d.pop("sellerOperName", UNSET)

        order_dt = d.pop("orderDt", UNSET)

        sale_dt = d.pop("saleDt", UNSET)

        rr_date = d.pop("rrDate", UNSET)

        shk_id = d.pop("shkId", UNSET)

        retail_price_with_disc = d.pop("retailPriceWithDisc", UNSET)

        delivery_amount = d.pop("deliveryAmount", UNSET)

        return_amount = d.pop("returnAmount", UNSET)

        delivery_service = d.pop("deliveryService", UNSET)

        gi_box_type_name = d.pop("giBoxTypeName", UNSET)

        product_discount_for_report = d.pop("productDiscountForReport", UNSET)

        seller_promo = d.pop("sellerPromo", UNSET)

        spp = d.pop("spp", UNSET)

        kvw_base = d.pop("kvwBase", UNSET)

        kvw = d.pop("kvw", UNSET)

        sup_rating_up = d.pop("supRatingUp", UNSET)

        is_kgvp_v2 = d.pop("isKgvpV2", UNSET)

        ppvz_sales_commission = d.pop("ppvzSalesCommission", UNSET)

        for_pay = d.pop("forPay", UNSET)

        ppvz_reward = d.pop("ppvzReward", UNSET)

        acquiring_fee = d.pop("acquiringFee", UNSET)

        acquiring_percent = d.pop("acquiringPercent", UNSET)

        payment_processing = d.pop("paymentProcessing", UNSET)

        acquiring_bank = d.pop("acquiringBank", UNSET)

        vw = d.pop("vw", UNSET)

        vw_nds = d.pop("vwNds", UNSET)

        ppvz_office_name = d.pop("ppvzOfficeName", UNSET)

        ppvz_office_id = d.pop("ppvzOfficeId", UNSET)

        ppvz_supplier_name = d.pop("ppvzSupplierName", UNSET)

        ppvz_supplier_inn = d.pop("ppvzSupplierInn", UNSET)

        declaration_number = d.pop("declarationNumber", UNSET)

        bonus_type_name = d.pop("bonusTypeName", UNSET)

        sticker_id = d.pop("stickerId", UNSET)

        country = d.pop("country", UNSET)

        srv_dbs = d.pop("srvDbs", UNSET)

        penalty = d.pop("penalty", UNSET)

        additional_payment = d.pop("additionalPayment", UNSET)

        rebill_logistic_cost = d.pop("rebillLogisticCost", UNSET)

        rebill_logistic_org = d.pop("rebillLogisticOrg", UNSET)

        paid_storage = d.pop("paidStorage", UNSET)

        deduction = d.pop("deduction", UNSET)

        paid_acceptance = d.pop("paidAcceptance", UNSET)

        order_id = d.pop("orderId", UNSET)

        kiz = d.pop("kiz", UNSET)

        is_b2_b = d.pop("isB2b", UNSET)

        trbx_id = d.pop("trbxId", UNSET)

        installment_cofinancing_amount = d.pop("installmentCofinancingAmount", UNSET)

        wibes_discount_percent = d.pop("wibesDiscountPercent", UNSET)

        cashback_amount = d.pop("cashbackAmount", UNSET)

        cashback_discount = d.pop("cashbackDiscount", UNSET)

        cashback_commission_change = d.pop("cashbackCommissionChange", UNSET)

        payment_schedule = d.pop("paymentSchedule", UNSET)

        delivery_method = d.pop("deliveryMethod", UNSET)

        seller_promo_id = d.pop("sellerPromoId", UNSET)

        seller_promo_discount = d.pop("sellerPromoDiscount", UNSET)

        loyalty_id = d.pop("loyaltyId", UNSET)

        loyalty_discount = d.pop("loyaltyDiscount", UNSET)

        uuid_promocode = d.pop("uuidPromocode", UNSET)

        sale_price_promocode_discount_prc = d.pop(
            "salePricePromocodeDiscountPrc", UNSET
        )

        article_substitution = d.pop("articleSubstitution", UNSET)

        sale_price_affiliated_discount_prc = d.pop(
            "salePriceAffiliatedDiscountPrc", UNSET
        )

        agency_vat = d.pop("agencyVat", UNSET)

        sale_price_wholesale_discount_prc = d.pop(
            "salePriceWholesaleDiscountPrc", UNSET
        )

        b_2_b_customer_tin = d.pop("b2bCustomerTin", UNSET)

        order_uid = d.pop("orderUid", UNSET)

        srid = d.pop("srid", UNSET)

        sales_report_detailed_item = cls(
            report_id=report_id,
            date_from=date_from,
            date_to=date_to,
            create_date=create_date,
            currency=currency,
            report_type=report_type,
            rrd_id=rrd_id,
            gi_id=gi_id,
            dlv_prc=dlv_prc,
            fix_tariff_date_from=fix_tariff_date_from,
            fix_tariff_date_to=fix_tariff_date_to,
            subject_name=subject_name,
            nm_id=nm_id,
            brand_name=brand_name,
            vendor_code=vendor_code,
            title=title,
            tech_size=tech_size,
            sku=sku,
            doc_type_name=doc_type_name,
            quantity=quantity,
            retail_price=retail_price,
            retail_amount=retail_amount,
            sale_percent=sale_percent,
            commission_percent=commission_percent,
            office_name=office_name,
            seller_oper_name=seller_oper_name,
            order_dt=order_dt,
            sale_dt=sale_dt,
            rr_date=rr_date,
            shk_id=shk_id,
            retail_price_with_disc=retail_price_with_disc,
            delivery_amount=delivery_amount,
            return_amount=return_amount,
            delivery_service=delivery_service,
            gi_box_type_name=gi_box_type_name,
            product_discount_for_report=product_discount_for_report,
            seller_promo=seller_promo,
            spp=spp,
            kvw_base=kvw_base,
            kvw=kvw,
            sup_rating_up=sup_rating_up,
            is_kgvp_v2=is_kgvp_v2,
            ppvz_sales_commission=ppvz_sales_commission,
            for_pay=for_pay,
            ppvz_reward=ppvz_reward,
            acquiring_fee=acquiring_fee,
            acquiring_percent=acquiring_percent,
            payment_processing=payment_processing,
            acquiring_bank=acquiring_bank,
            vw=vw,
            vw_nds=vw_nds,
            ppvz_office_name=ppvz_office_name,
            ppvz_office_id=ppvz_office_id,
            ppvz_supplier_name=ppvz_supplier_name,
            ppvz_supplier_inn=ppvz_supplier_inn,
            declaration_number=declaration_number,
            bonus_type_name=bonus_type_name,
            sticker_id=sticker_id,
            country=country,
            srv_dbs=srv_dbs,
            penalty=penalty,
            additional_payment=additional_payment,
            rebill_logistic_cost=rebill_logistic_cost,
            rebill_logistic_org=rebill_logistic_org,
            paid_storage=paid_storage,
            deduction=deduction,
            paid_acceptance=paid_acceptance,
            order_id=order_id,
            kiz=kiz,
            is_b2_b=is_b2_b,
            trbx_id=trbx_id,
            installment_cofinancing_amount=installment_cofinancing_amount,
            wibes_discount_percent=wibes_discount_percent,
            cashback_amount=cashback_amount,
            cashback_discount=cashback_discount,
            cashback_commission_change=cashback_commission_change,
            payment_schedule=payment_schedule,
            delivery_method=delivery_method,
            seller_promo_id=seller_promo_id,
            seller_promo_discount=seller_promo_discount,
            loyalty_id=loyalty_id,
            loyalty_discount=loyalty_discount,
            uuid_promocode=uuid_promocode,
            sale_price_promocode_discount_prc=sale_price_promocode_discount_prc,
            article_substitution=article_substitution,
            sale_price_affiliated_discount_prc=sale_price_affiliated_discount_prc,
            agency_vat=agency_vat,
            sale_price_wholesale_discount_prc=sale_price_wholesale_discount_prc,
            b_2_b_customer_tin=b_2_b_customer_tin,
            order_uid=order_uid,
            srid=srid,
        )

        sales_report_detailed_item.additional_properties = d
        return sales_report_detailed_item

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
