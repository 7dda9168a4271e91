from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogNode")


@_attrs_define
class CatalogNode:
    """A node of the category tree: a category (`section`, `is_section` true) or a subcategory
    (a `catalog_path` ID), with its child nodes (WB's reference: wbd-catalog-nodes).

        Attributes:
            id (int | Unset): Node ID (a section ID, or a subcategory ID for `catalog_path`).
            parent_id (int | Unset): The parent node's ID.
            section_id (int | Unset): The section (offer category) the node belongs to.
            node_order (int | Unset): Position among its siblings.
            total (int | Unset): Number of offers in the node.
            name (str | Unset): Node name.
            img (str | Unset): Image URI of the node.
            is_section (bool | Unset): Whether the node is a section (an offer category).
            path (list[int] | None | Unset): IDs of the node's ancestors.
            children (list[CatalogNode] | None | Unset): Child nodes.
    """

    id: int | Unset = UNSET
    parent_id: int | Unset = UNSET
    section_id: int | Unset = UNSET
    node_order: int | Unset = UNSET
    total: int | Unset = UNSET
    name: str | Unset = UNSET
    img: str | Unset = UNSET
    is_section: bool | Unset = UNSET
    path: list[int] | None | Unset = UNSET
    children: list[CatalogNode] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parent_id = self.parent_id

        section_id = self.section_id

        node_order = self.node_order

        total = self.total

        name = self.name

        img = self.img

        is_section = self.is_section

        path: list[int] | None | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, list):
            path = self.path

        else:
            path = self.path

        children: list[dict[str, Any]] | None | Unset
        if isinstance(self.children, Unset):
            children = UNSET
        elif isinstance(self.children, list):
            children = []
            for children_type_0_item_data in self.children:
                children_type_0_item = children_type_0_item_data.to_dict()
                children.append(children_type_0_item)

        else:
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if section_id is not UNSET:
            field_dict["section_id"] = section_id
        if node_order is not UNSET:
            field_dict["node_order"] = node_order
        if total is not UNSET:
            field_dict["total"] = total
        if name is not UNSET:
            field_dict["name"] = name
        if img is not UNSET:
            field_dict["img"] = img
        if is_section is not UNSET:
            field_dict["is_section"] = is_section
        if path is not UNSET:
            field_dict["path"] = path
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        parent_id = d.pop("parent_id", UNSET)

        section_id = d.pop("section_id", UNSET)

        node_order = d.pop("node_order", UNSET)

        total = d.pop("total", UNSET)

        name = d.pop("name", UNSET)

        img = d.pop("img", UNSET)

        is_section = d.pop("is_section", UNSET)

        def _parse_path(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                path_type_0 = cast(list[int], data)

                return path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        def _parse_children(data: object) -> list[CatalogNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                children_type_0 = []
                _children_type_0 = data
                for children_type_0_item_data in _children_type_0:
                    children_type_0_item = CatalogNode.from_dict(
                        children_type_0_item_data
                    )

                    children_type_0.append(children_type_0_item)

                return children_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CatalogNode] | None | Unset, data)

        children = _parse_children(d.pop("children", UNSET))

        catalog_node = cls(
            id=id,
            parent_id=parent_id,
            section_id=section_id,
            node_order=node_order,
            total=total,
            name=name,
            img=img,
            is_section=is_section,
            path=path,
            children=children,
        )

        catalog_node.additional_properties = d
        return catalog_node

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
