# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'overview.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QDateTimeEdit, QFormLayout,
    QFrame, QLabel, QLineEdit, QPlainTextEdit,
    QScrollArea, QSizePolicy, QVBoxLayout, QWidget)

class Ui_OverviewForm(object):
    def setupUi(self, OverviewForm):
        if not OverviewForm.objectName():
            OverviewForm.setObjectName(u"OverviewForm")
        OverviewForm.resize(640, 720)
        self.outer = QVBoxLayout(OverviewForm)
        self.outer.setObjectName(u"outer")
        self.scroll = QScrollArea(OverviewForm)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_contents = QWidget()
        self.scroll_contents.setObjectName(u"scroll_contents")
        self.fields = QFormLayout(self.scroll_contents)
        self.fields.setObjectName(u"fields")
        self.fields.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.title_label = QLabel(self.scroll_contents)
        self.title_label.setObjectName(u"title_label")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.title_label)

        self.title = QLineEdit(self.scroll_contents)
        self.title.setObjectName(u"title")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.title)

        self.title_error = QLabel(self.scroll_contents)
        self.title_error.setObjectName(u"title_error")
        self.title_error.setWordWrap(True)
        self.title_error.setVisible(False)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.title_error)

        self.subtitle_label = QLabel(self.scroll_contents)
        self.subtitle_label.setObjectName(u"subtitle_label")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.subtitle_label)

        self.subtitle = QLineEdit(self.scroll_contents)
        self.subtitle.setObjectName(u"subtitle")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.subtitle)

        self.subtitle_error = QLabel(self.scroll_contents)
        self.subtitle_error.setObjectName(u"subtitle_error")
        self.subtitle_error.setWordWrap(True)
        self.subtitle_error.setVisible(False)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.subtitle_error)

        self.kind_label = QLabel(self.scroll_contents)
        self.kind_label.setObjectName(u"kind_label")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind = QComboBox(self.scroll_contents)
        self.kind.setObjectName(u"kind")

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.kind)

        self.kind_error = QLabel(self.scroll_contents)
        self.kind_error.setObjectName(u"kind_error")
        self.kind_error.setWordWrap(True)
        self.kind_error.setVisible(False)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.kind_error)

        self.format_label = QLabel(self.scroll_contents)
        self.format_label.setObjectName(u"format_label")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.format_label)

        self.format = QComboBox(self.scroll_contents)
        self.format.setObjectName(u"format")

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.format)

        self.format_error = QLabel(self.scroll_contents)
        self.format_error.setObjectName(u"format_error")
        self.format_error.setWordWrap(True)
        self.format_error.setVisible(False)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.format_error)

        self.status_label = QLabel(self.scroll_contents)
        self.status_label.setObjectName(u"status_label")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status = QComboBox(self.scroll_contents)
        self.status.setObjectName(u"status")

        self.fields.setWidget(8, QFormLayout.ItemRole.FieldRole, self.status)

        self.status_error = QLabel(self.scroll_contents)
        self.status_error.setObjectName(u"status_error")
        self.status_error.setWordWrap(True)
        self.status_error.setVisible(False)

        self.fields.setWidget(9, QFormLayout.ItemRole.FieldRole, self.status_error)

        self.language_label = QLabel(self.scroll_contents)
        self.language_label.setObjectName(u"language_label")

        self.fields.setWidget(10, QFormLayout.ItemRole.LabelRole, self.language_label)

        self.language = QComboBox(self.scroll_contents)
        self.language.setObjectName(u"language")

        self.fields.setWidget(10, QFormLayout.ItemRole.FieldRole, self.language)

        self.language_error = QLabel(self.scroll_contents)
        self.language_error.setObjectName(u"language_error")
        self.language_error.setWordWrap(True)
        self.language_error.setVisible(False)

        self.fields.setWidget(11, QFormLayout.ItemRole.FieldRole, self.language_error)

        self.starts_at_label = QLabel(self.scroll_contents)
        self.starts_at_label.setObjectName(u"starts_at_label")

        self.fields.setWidget(12, QFormLayout.ItemRole.LabelRole, self.starts_at_label)

        self.starts_at = QDateTimeEdit(self.scroll_contents)
        self.starts_at.setObjectName(u"starts_at")
        self.starts_at.setCalendarPopup(True)

        self.fields.setWidget(12, QFormLayout.ItemRole.FieldRole, self.starts_at)

        self.starts_at_error = QLabel(self.scroll_contents)
        self.starts_at_error.setObjectName(u"starts_at_error")
        self.starts_at_error.setWordWrap(True)
        self.starts_at_error.setVisible(False)

        self.fields.setWidget(13, QFormLayout.ItemRole.FieldRole, self.starts_at_error)

        self.ends_at_label = QLabel(self.scroll_contents)
        self.ends_at_label.setObjectName(u"ends_at_label")

        self.fields.setWidget(14, QFormLayout.ItemRole.LabelRole, self.ends_at_label)

        self.ends_at = QDateTimeEdit(self.scroll_contents)
        self.ends_at.setObjectName(u"ends_at")
        self.ends_at.setCalendarPopup(True)

        self.fields.setWidget(14, QFormLayout.ItemRole.FieldRole, self.ends_at)

        self.ends_at_error = QLabel(self.scroll_contents)
        self.ends_at_error.setObjectName(u"ends_at_error")
        self.ends_at_error.setWordWrap(True)
        self.ends_at_error.setVisible(False)

        self.fields.setWidget(15, QFormLayout.ItemRole.FieldRole, self.ends_at_error)

        self.venue_address_label = QLabel(self.scroll_contents)
        self.venue_address_label.setObjectName(u"venue_address_label")

        self.fields.setWidget(16, QFormLayout.ItemRole.LabelRole, self.venue_address_label)

        self.venue_address = QLineEdit(self.scroll_contents)
        self.venue_address.setObjectName(u"venue_address")

        self.fields.setWidget(16, QFormLayout.ItemRole.FieldRole, self.venue_address)

        self.venue_address_error = QLabel(self.scroll_contents)
        self.venue_address_error.setObjectName(u"venue_address_error")
        self.venue_address_error.setWordWrap(True)
        self.venue_address_error.setVisible(False)

        self.fields.setWidget(17, QFormLayout.ItemRole.FieldRole, self.venue_address_error)

        self.venue_room_label = QLabel(self.scroll_contents)
        self.venue_room_label.setObjectName(u"venue_room_label")

        self.fields.setWidget(18, QFormLayout.ItemRole.LabelRole, self.venue_room_label)

        self.venue_room = QLineEdit(self.scroll_contents)
        self.venue_room.setObjectName(u"venue_room")

        self.fields.setWidget(18, QFormLayout.ItemRole.FieldRole, self.venue_room)

        self.venue_room_error = QLabel(self.scroll_contents)
        self.venue_room_error.setObjectName(u"venue_room_error")
        self.venue_room_error.setWordWrap(True)
        self.venue_room_error.setVisible(False)

        self.fields.setWidget(19, QFormLayout.ItemRole.FieldRole, self.venue_room_error)

        self.organiser_label = QLabel(self.scroll_contents)
        self.organiser_label.setObjectName(u"organiser_label")

        self.fields.setWidget(20, QFormLayout.ItemRole.LabelRole, self.organiser_label)

        self.organiser = QComboBox(self.scroll_contents)
        self.organiser.setObjectName(u"organiser")

        self.fields.setWidget(20, QFormLayout.ItemRole.FieldRole, self.organiser)

        self.organiser_error = QLabel(self.scroll_contents)
        self.organiser_error.setObjectName(u"organiser_error")
        self.organiser_error.setWordWrap(True)
        self.organiser_error.setVisible(False)

        self.fields.setWidget(21, QFormLayout.ItemRole.FieldRole, self.organiser_error)

        self.organiser_department_label = QLabel(self.scroll_contents)
        self.organiser_department_label.setObjectName(u"organiser_department_label")

        self.fields.setWidget(22, QFormLayout.ItemRole.LabelRole, self.organiser_department_label)

        self.organiser_department = QLineEdit(self.scroll_contents)
        self.organiser_department.setObjectName(u"organiser_department")

        self.fields.setWidget(22, QFormLayout.ItemRole.FieldRole, self.organiser_department)

        self.organiser_department_error = QLabel(self.scroll_contents)
        self.organiser_department_error.setObjectName(u"organiser_department_error")
        self.organiser_department_error.setWordWrap(True)
        self.organiser_department_error.setVisible(False)

        self.fields.setWidget(23, QFormLayout.ItemRole.FieldRole, self.organiser_department_error)

        self.partners_label = QLabel(self.scroll_contents)
        self.partners_label.setObjectName(u"partners_label")

        self.fields.setWidget(24, QFormLayout.ItemRole.LabelRole, self.partners_label)

        self.partners = QLabel(self.scroll_contents)
        self.partners.setObjectName(u"partners")
        self.partners.setWordWrap(True)

        self.fields.setWidget(24, QFormLayout.ItemRole.FieldRole, self.partners)

        self.stream_url_label = QLabel(self.scroll_contents)
        self.stream_url_label.setObjectName(u"stream_url_label")

        self.fields.setWidget(25, QFormLayout.ItemRole.LabelRole, self.stream_url_label)

        self.stream_url = QLineEdit(self.scroll_contents)
        self.stream_url.setObjectName(u"stream_url")

        self.fields.setWidget(25, QFormLayout.ItemRole.FieldRole, self.stream_url)

        self.stream_url_error = QLabel(self.scroll_contents)
        self.stream_url_error.setObjectName(u"stream_url_error")
        self.stream_url_error.setWordWrap(True)
        self.stream_url_error.setVisible(False)

        self.fields.setWidget(26, QFormLayout.ItemRole.FieldRole, self.stream_url_error)

        self.registration_url_label = QLabel(self.scroll_contents)
        self.registration_url_label.setObjectName(u"registration_url_label")

        self.fields.setWidget(27, QFormLayout.ItemRole.LabelRole, self.registration_url_label)

        self.registration_url = QLineEdit(self.scroll_contents)
        self.registration_url.setObjectName(u"registration_url")

        self.fields.setWidget(27, QFormLayout.ItemRole.FieldRole, self.registration_url)

        self.registration_url_error = QLabel(self.scroll_contents)
        self.registration_url_error.setObjectName(u"registration_url_error")
        self.registration_url_error.setWordWrap(True)
        self.registration_url_error.setVisible(False)

        self.fields.setWidget(28, QFormLayout.ItemRole.FieldRole, self.registration_url_error)

        self.recording_url_label = QLabel(self.scroll_contents)
        self.recording_url_label.setObjectName(u"recording_url_label")

        self.fields.setWidget(29, QFormLayout.ItemRole.LabelRole, self.recording_url_label)

        self.recording_url = QLineEdit(self.scroll_contents)
        self.recording_url.setObjectName(u"recording_url")

        self.fields.setWidget(29, QFormLayout.ItemRole.FieldRole, self.recording_url)

        self.recording_url_error = QLabel(self.scroll_contents)
        self.recording_url_error.setObjectName(u"recording_url_error")
        self.recording_url_error.setWordWrap(True)
        self.recording_url_error.setVisible(False)

        self.fields.setWidget(30, QFormLayout.ItemRole.FieldRole, self.recording_url_error)

        self.academic_hours_label = QLabel(self.scroll_contents)
        self.academic_hours_label.setObjectName(u"academic_hours_label")

        self.fields.setWidget(31, QFormLayout.ItemRole.LabelRole, self.academic_hours_label)

        self.academic_hours = QLineEdit(self.scroll_contents)
        self.academic_hours.setObjectName(u"academic_hours")

        self.fields.setWidget(31, QFormLayout.ItemRole.FieldRole, self.academic_hours)

        self.academic_hours_error = QLabel(self.scroll_contents)
        self.academic_hours_error.setObjectName(u"academic_hours_error")
        self.academic_hours_error.setWordWrap(True)
        self.academic_hours_error.setVisible(False)

        self.fields.setWidget(32, QFormLayout.ItemRole.FieldRole, self.academic_hours_error)

        self.audience_label = QLabel(self.scroll_contents)
        self.audience_label.setObjectName(u"audience_label")

        self.fields.setWidget(33, QFormLayout.ItemRole.LabelRole, self.audience_label)

        self.audience = QLineEdit(self.scroll_contents)
        self.audience.setObjectName(u"audience")

        self.fields.setWidget(33, QFormLayout.ItemRole.FieldRole, self.audience)

        self.audience_error = QLabel(self.scroll_contents)
        self.audience_error.setObjectName(u"audience_error")
        self.audience_error.setWordWrap(True)
        self.audience_error.setVisible(False)

        self.fields.setWidget(34, QFormLayout.ItemRole.FieldRole, self.audience_error)

        self.notes_label = QLabel(self.scroll_contents)
        self.notes_label.setObjectName(u"notes_label")

        self.fields.setWidget(35, QFormLayout.ItemRole.LabelRole, self.notes_label)

        self.notes = QPlainTextEdit(self.scroll_contents)
        self.notes.setObjectName(u"notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumSize(QSize(16777215, 120))

        self.fields.setWidget(35, QFormLayout.ItemRole.FieldRole, self.notes)

        self.notes_error = QLabel(self.scroll_contents)
        self.notes_error.setObjectName(u"notes_error")
        self.notes_error.setWordWrap(True)
        self.notes_error.setVisible(False)

        self.fields.setWidget(36, QFormLayout.ItemRole.FieldRole, self.notes_error)

        self.scroll.setWidget(self.scroll_contents)

        self.outer.addWidget(self.scroll)

#if QT_CONFIG(shortcut)
        self.title_label.setBuddy(self.title)
        self.subtitle_label.setBuddy(self.subtitle)
        self.kind_label.setBuddy(self.kind)
        self.format_label.setBuddy(self.format)
        self.status_label.setBuddy(self.status)
        self.language_label.setBuddy(self.language)
        self.starts_at_label.setBuddy(self.starts_at)
        self.ends_at_label.setBuddy(self.ends_at)
        self.venue_address_label.setBuddy(self.venue_address)
        self.venue_room_label.setBuddy(self.venue_room)
        self.organiser_label.setBuddy(self.organiser)
        self.organiser_department_label.setBuddy(self.organiser_department)
        self.partners_label.setBuddy(self.partners)
        self.stream_url_label.setBuddy(self.stream_url)
        self.registration_url_label.setBuddy(self.registration_url)
        self.recording_url_label.setBuddy(self.recording_url)
        self.academic_hours_label.setBuddy(self.academic_hours)
        self.audience_label.setBuddy(self.audience)
        self.notes_label.setBuddy(self.notes)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OverviewForm)

        QMetaObject.connectSlotsByName(OverviewForm)
    # setupUi

    def retranslateUi(self, OverviewForm):
        OverviewForm.setWindowTitle(QCoreApplication.translate("OverviewForm", u"Overview", None))
        self.title_label.setText(QCoreApplication.translate("OverviewForm", u"&Title", None))
        self.title_error.setText("")
        self.subtitle_label.setText(QCoreApplication.translate("OverviewForm", u"S&ubtitle", None))
        self.subtitle_error.setText("")
        self.kind_label.setText(QCoreApplication.translate("OverviewForm", u"&Kind", None))
        self.kind_error.setText("")
        self.format_label.setText(QCoreApplication.translate("OverviewForm", u"&Format", None))
        self.format_error.setText("")
        self.status_label.setText(QCoreApplication.translate("OverviewForm", u"Stat&us", None))
        self.status_error.setText("")
        self.language_label.setText(QCoreApplication.translate("OverviewForm", u"Document &language", None))
        self.language_error.setText("")
        self.starts_at_label.setText(QCoreApplication.translate("OverviewForm", u"&Starts", None))
        self.starts_at.setDisplayFormat(QCoreApplication.translate("OverviewForm", u"dd.MM.yyyy HH:mm", None))
        self.starts_at_error.setText("")
        self.ends_at_label.setText(QCoreApplication.translate("OverviewForm", u"&Ends", None))
        self.ends_at.setDisplayFormat(QCoreApplication.translate("OverviewForm", u"dd.MM.yyyy HH:mm", None))
        self.ends_at_error.setText("")
        self.venue_address_label.setText(QCoreApplication.translate("OverviewForm", u"Venue a&ddress", None))
        self.venue_address_error.setText("")
        self.venue_room_label.setText(QCoreApplication.translate("OverviewForm", u"&Room", None))
        self.venue_room_error.setText("")
        self.organiser_label.setText(QCoreApplication.translate("OverviewForm", u"&Organiser", None))
        self.organiser_error.setText("")
        self.organiser_department_label.setText(QCoreApplication.translate("OverviewForm", u"Organiser's de&partment", None))
        self.organiser_department_error.setText("")
        self.partners_label.setText(QCoreApplication.translate("OverviewForm", u"Partners", None))
        self.partners.setText("")
        self.stream_url_label.setText(QCoreApplication.translate("OverviewForm", u"Stream lin&k", None))
        self.stream_url.setPlaceholderText(QCoreApplication.translate("OverviewForm", u"https://", None))
        self.stream_url_error.setText("")
        self.registration_url_label.setText(QCoreApplication.translate("OverviewForm", u"Re&gistration link", None))
        self.registration_url.setPlaceholderText(QCoreApplication.translate("OverviewForm", u"https://", None))
        self.registration_url_error.setText("")
        self.recording_url_label.setText(QCoreApplication.translate("OverviewForm", u"Re&cording link", None))
        self.recording_url.setPlaceholderText(QCoreApplication.translate("OverviewForm", u"https://", None))
        self.recording_url_error.setText("")
        self.academic_hours_label.setText(QCoreApplication.translate("OverviewForm", u"Academic &hours", None))
        self.academic_hours.setPlaceholderText(QCoreApplication.translate("OverviewForm", u"not set", None))
        self.academic_hours_error.setText("")
        self.audience_label.setText(QCoreApplication.translate("OverviewForm", u"&Audience", None))
        self.audience_error.setText("")
        self.notes_label.setText(QCoreApplication.translate("OverviewForm", u"&Notes", None))
        self.notes_error.setText("")
    # retranslateUi

